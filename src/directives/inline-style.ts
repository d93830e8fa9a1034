/**
 * Sets inline styles through the CSSOM only. Lit's own styleMap writes a `style`
 * attribute on first render, which a Content-Security-Policy without 'unsafe-inline'
 * (style-src-attr) refuses; the CSSOM (`style.setProperty`, `style.cssText`) is always
 * allowed.
 *
 * - `inlineStyle({ left: '4px' })` sets those properties and leaves any others alone
 *   (d3-zoom sets some on the plot).
 * - `ownedStyle('left:4px;top:0')` replaces the element's whole inline style in one
 *   assignment: for the many elements a zoom redraws, where one parse beats a call per
 *   property.
 *
 * Both go in element position: `<div ${inlineStyle({ left: '4px' })}></div>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProperties = Readonly<Record<string, string | undefined>>;

/** A directive that only works on an element (each declares its typed `render`). */
abstract class ElementDirective extends Directive {
  constructor(partInfo: PartInfo, name: string) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error(`${name}() goes in element position: <div \${${name}(…)}>`);
  }
}

class InlineStyleDirective extends ElementDirective {
  /** What this directive last set, so that updates neither read the CSSOM nor repeat writes. */
  private readonly previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo, 'inlineStyle');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name] of this.previous) {
      const value = properties[name];
      if (value === undefined || value === '') {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const name in properties) {
      const value = properties[name];
      if (value === undefined || value === '' || this.previous.get(name) === value) continue;
      style.setProperty(name, value);
      this.previous.set(name, value);
    }
    return noChange;
  }
}

class OwnedStyleDirective extends ElementDirective {
  private previous: string | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo, 'ownedStyle');
  }

  render(_cssText: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [cssText]: [string]): typeof noChange {
    if (cssText !== this.previous) {
      (part.element as HTMLElement).style.cssText = cssText;
      this.previous = cssText;
    }
    return noChange;
  }
}

export const inlineStyle = directive(InlineStyleDirective);
export const ownedStyle = directive(OwnedStyleDirective);
