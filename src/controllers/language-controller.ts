/**
 * The language in force, from what the element asks for (its `lang`, else the nearest
 * ancestor's, else the story's), else English. Looked up again when the element is moved,
 * since its new place may speak another language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, uiStrings, type UiStrings } from '../format/strings.js';

export class LanguageController implements ReactiveController {
  lang = 'en';
  strings: UiStrings = uiStrings('en');
  private connectedOnce = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The language asked for, if any. */
    private readonly asked: () => string | null | undefined,
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

  /** Works out the language again; true when it changed. */
  resolve(): boolean {
    const lang = resolveLang(this.asked());
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
