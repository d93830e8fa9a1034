// The floor of the phone's first-story row (bench/phone.js): a plain module script, no library,
// that does the least a timeline can do. It fetches the story from `src` as story-timeline does,
// reads each event's first date, and draws the events as absolutely placed dots with their
// titles in a shadow root, in one pass. No zoom, no keyboard, no wording of dates, no lanes:
// whatever story-timeline takes beyond this is its own cost; what this takes, any module does.
class PlainTimeline extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `:host { display: block; position: relative; height: 18rem; font: 0.875rem system-ui, sans-serif }
      .dot { position: absolute; top: 2rem; width: 0.75rem; height: 0.75rem; margin-left: -0.375rem; border-radius: 50%; background: #1d4ed8 }
      .title { position: absolute; max-width: 8rem; line-height: 1.3 }`;
    root.append(style);
    fetch(this.getAttribute('src'))
      .then((response) => response.json())
      .then(({ events }) => {
        const first = (date) =>
          Date.parse(
            date
              .replace(/^\[|\]$/g, '')
              .split(/\.\.|\//)
              .find(Boolean),
          );
        const times = events.map((event) => first(event.date));
        const min = Math.min(...times);
        const span = Math.max(...times) - min || 1;
        const width = this.clientWidth - 32;
        events.forEach((event, index) => {
          const x = 16 + ((times[index] - min) / span) * width;
          const dot = document.createElement('span');
          dot.className = 'dot';
          dot.setAttribute('part', 'event');
          dot.style.left = `${x}px`;
          const title = document.createElement('span');
          title.className = 'title';
          title.textContent = event.title;
          title.style.left = `${Math.min(x, width - 96)}px`;
          title.style.top = `${3.5 + (index % 3) * 4}rem`;
          root.append(dot, title);
        });
      });
  }
}
customElements.define('plain-timeline', PlainTimeline);
