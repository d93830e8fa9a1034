/**
 * The language and direction in force, from what the element asks for (its `lang`, else the
 * nearest ancestor's, else the story's; its `dir`), else English, left to right. A language
 * loaded on demand keeps the strings in force until it arrives, and the first render waits
 * for it (no flash of English). Looked up again when the element is moved, since its new
 * place may speak another language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cachedStrings, loadStrings, resolveLang, uiStrings, type UiStrings } from '../format/strings.js';
import type { TextDirection } from '../format/words.js';

export interface LanguageRequest {
  /** The language asked for, if any. */
  lang(): string | null | undefined;
  /** The direction asked for (`ltr`, `rtl`), if any. */
  dir(): string | null | undefined;
  /** The strings in force changed. */
  changed(): void;
}

export class LanguageController implements ReactiveController {
  lang = 'en';
  strings: UiStrings = uiStrings('en');
  /** The strings of a language on their way, if any. */
  pending: Promise<void> | undefined;
  private connectedOnce = false;
  /** `changed` has been called once: what uses the strings has them. */
  private told = false;

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
  get direction(): TextDirection {
    const asked = this.asked.dir();
    return asked === 'rtl' || asked === 'ltr' ? asked : this.strings.dir;
  }

  /** Works out the language again; a language not loaded yet is loaded, then used. */
  resolve(): void {
    const wanted = resolveLang(this.asked.lang());
    const ready = cachedStrings(wanted);
    if (ready) {
      this.pending = undefined;
      this.use(wanted, ready);
      return;
    }
    const pending: Promise<void> = loadStrings(wanted).then((strings) => {
      // A newer language may have been asked for meanwhile.
      if (this.pending !== pending) return;
      this.pending = undefined;
      // English when the file could not be had.
      this.use(strings === cachedStrings(wanted) ? wanted : 'en', strings);
      this.host.requestUpdate();
    });
    this.pending = pending;
  }

  private use(lang: string, strings: UiStrings): void {
    if (lang === this.lang && strings === this.strings && this.told) return;
    this.told = true;
    this.lang = lang;
    this.strings = strings;
    this.asked.changed();
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
