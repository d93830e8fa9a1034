/**
 * Sets inline styles through the CSSOM only. Lit's own styleMap writes a `style`
 * attribute on first render, which a Content-Security-Policy without 'unsafe-inline'
 * (style-src-attr) refuses; `element.style.setProperty` is always allowed.
 *
 * Usage, in element position: `<div ${inlineStyle({ left: '4px' })}></div>` (kebab-case names).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProperties = Readonly<Record<string, string | undefined>>;

class InlineStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('inlineStyle() goes in element position: <div ${inlineStyle({…})}>');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === '') {
        style.removeProperty(name);
        continue;
      }
      this.previous.add(name);
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const inlineStyle = directive(InlineStyleDirective);
