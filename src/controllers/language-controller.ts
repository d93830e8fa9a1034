/**
 * The language and direction in force, from what the element asks for (its `lang`, else the
 * nearest ancestor's, else the story's; its `dir`), else English, left to right. Looked up again when the element is moved,
 * since its new place may speak another language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, uiStrings, type UiStrings } from '../format/strings.js';
import { directionOf, type Direction } from '../format/direction.js';

export interface LanguageRequest {
  /** The language asked for, if any. */
  lang(): string | null | undefined;
  /** The direction asked for (`ltr`, `rtl`), if any. */
  dir(): string | null | undefined;
}

export class LanguageController implements ReactiveController {
  lang = 'en';
  strings: UiStrings = uiStrings('en');
  private connectedOnce = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly asked: LanguageRequest,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.connectedOnce) {
      this.resolve();
      this.host.requestUpdate();
    }
    this.connectedOnce = true;
  }

  /** The direction in force: the one asked for, else the language's. */
  get direction(): Direction {
    const asked = this.asked.dir();
    return asked === 'rtl' || asked === 'ltr' ? asked : directionOf(this.lang);
  }

  /** Works out the language again; true when it changed. */
  resolve(): boolean {
    const lang = resolveLang(this.asked.lang());
    if (lang === this.lang && this.strings === uiStrings(lang)) return false;
    this.lang = lang;
    this.strings = uiStrings(lang);
    return true;
  }
}

/** The `lang` of the nearest ancestor, looking through the shadow roots the element sits in. */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? hostOf(node);
  }
  return undefined;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
