// The editor's "Download picture": the previewed story as an SVG or a PNG (the element's
// `exportImage`), and a 1,200 × 630 PNG card for sharing on social networks: the picture at
// the card's width (the title large), fitted into the card on the picture's own background.
import type { StoryTimeline } from '../src/story-timeline.js';

export const CARD = { width: 1200, height: 630 };
/** Room kept round the picture on the card. */
const CARD_MARGIN = 24;

/** The picture as a 1,200 × 630 PNG: drawn at the card's width, scaled down if it is taller. */
export async function socialCard(timeline: StoryTimeline, theme?: 'light' | 'dark' | 'auto'): Promise<Blob> {
  const svg = await (await timeline.exportImage({ width: CARD.width - 2 * CARD_MARGIN, theme })).text();
  const background = /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)?.[1] ?? '#fff';
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), CARD);
    const context = canvas.getContext('2d')!;
    context.fillStyle = background;
    context.fillRect(0, 0, CARD.width, CARD.height);
    const scale = Math.min(1, (CARD.height - 2 * CARD_MARGIN) / image.naturalHeight);
    const [width, height] = [image.naturalWidth * scale, image.naturalHeight * scale];
    context.drawImage(image, (CARD.width - width) / 2, (CARD.height - height) / 2, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The card could not be drawn.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a Blob as a file, through a link the browser downloads. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The section with the three buttons. `theme` is the editor's setting; `status` the page's
 * live region, which says what was saved or what went wrong.
 */
export function pictureButtons(timeline: StoryTimeline, theme: () => string, status: HTMLElement): HTMLElement {
  const section = document.createElement('section');
  section.className = 'pictures';
  const heading = Object.assign(document.createElement('h3'), { textContent: 'Download picture' });
  const help = Object.assign(document.createElement('p'), {
    className: 'help',
    textContent:
      'The story as a picture for newsletters, apps and print: SVG (its text stays text) or PNG, and a 1,200 × 630 card for social networks.',
  });
  const wanted = (): 'light' | 'dark' | 'auto' =>
    ['light', 'dark'].includes(theme()) ? (theme() as 'light' | 'dark') : 'auto';
  const buttons: [string, string, () => Promise<Blob>][] = [
    ['SVG picture', 'story.svg', () => timeline.exportImage({ theme: wanted() })],
    ['PNG picture', 'story.png', () => timeline.exportImage({ type: 'image/png', pixelRatio: 2, theme: wanted() })],
    ['Social card (PNG, 1,200 × 630)', 'story-card.png', () => socialCard(timeline, wanted())],
  ];
  const row = document.createElement('div');
  row.className = 'row';
  for (const [label, name, make] of buttons) {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
    button.dataset.picture = name;
    button.addEventListener('click', async () => {
      try {
        save(await make(), name);
        status.textContent = `${name} saved.`;
      } catch (error) {
        status.textContent = `The picture could not be made: ${error instanceof Error ? error.message : String(error)}`;
      }
    });
    row.append(button);
  }
  section.append(heading, help, row);
  return section;
}
