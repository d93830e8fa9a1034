/**
 * Our zoom transform (src/layout/transform.ts) against d3-zoom's `ZoomTransform`, which it
 * stands in for until the gestures arrive: same numbers from every method, the same rescaled
 * time scale, and the same clamping as d3-zoom's default constrain; and the zoom controller,
 * which sets it directly until the gestures arrive.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { Transform, constrain, identity } from '../src/layout/transform.js';
import { scaleUtc } from '../src/layout/time-scale.js';
import { ZoomController } from '../src/controllers/zoom/zoom-controller.js';

const k = fc.double({ min: 1e-3, max: 1e4, noNaN: true });
const pixel = fc.double({ min: -1e5, max: 1e5, noNaN: true });

function same(ours: { k: number; x: number; y: number }, theirs: { k: number; x: number; y: number }): void {
  expect([ours.k, ours.x, ours.y]).to.deep.equal([theirs.k, theirs.x, theirs.y]);
}

describe('transform: against d3-zoom', () => {
  it('starts from the same identity', () => {
    same(identity, zoomIdentity);
  });

  it('scales, translates and inverts alike', () => {
    fc.assert(
      fc.property(k, pixel, pixel, k, pixel, pixel, (tk, tx, ty, f, px, py) => {
        const ours = new Transform(tk, tx, ty);
        const theirs = new ZoomTransform(tk, tx, ty);
        same(ours.scale(f), theirs.scale(f));
        same(ours.translate(px, py), theirs.translate(px, py));
        same(ours.translate(px, py).scale(f), theirs.translate(px, py).scale(f));
        expect(ours.invert([px, py])).to.deep.equal(theirs.invert([px, py]));
        expect(ours.invertX(px)).to.equal(theirs.invertX(px));
        expect(ours.invertY(py)).to.equal(theirs.invertY(py));
      }),
    );
  });

  it('rescales a time scale to the same window', () => {
    fc.assert(
      fc.property(k, pixel, fc.integer({ min: 100, max: 3000 }), fc.boolean(), (tk, tx, width, rtl) => {
        const base = scaleUtc()
          .domain([Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)])
          .range(rtl ? [width, 0] : [0, width]);
        const ours = new Transform(tk, tx, 0).rescaleX(base).domain().map(Number);
        const theirs = new ZoomTransform(tk, tx, 0).rescaleX(base).domain().map(Number);
        expect(ours).to.deep.equal(theirs);
      }),
    );
  });

  it('clamps as d3-zoom’s default constrain does', () => {
    const d3Constrain = zoom().constrain();
    fc.assert(
      fc.property(k, pixel, pixel, fc.integer({ min: 1, max: 3000 }), pixel, pixel, (tk, tx, ty, width, a, b) => {
        const extent: [[number, number], [number, number]] = [
          [0, 0],
          [width, 100],
        ];
        const limits: [[number, number], [number, number]] = [
          [Math.min(a, b), 0],
          [Math.max(a, b), 100],
        ];
        same(
          constrain(new Transform(tk, tx, ty), extent, limits),
          d3Constrain(new ZoomTransform(tk, tx, ty), extent, limits),
        );
      }),
    );
  });
});

describe('zoom controller: before the gestures arrive', () => {
  // A host that is never connected: the gestures are not fetched, the transform is held.
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

  function controller() {
    const frames: Transform[] = [];
    const ends: [Transform, Event | null][] = [];
    const zoomer = new ZoomController(host, {
      onFrame: (transform) => frames.push(transform),
      onEnd: (transform, userEvent) => ends.push([transform, userEvent]),
      onWheelHint() {},
      onUserMove() {},
      isMark: () => false,
    });
    zoomer.setLimits({ width: 600, height: 100, scaleExtent: [0.5, 64], translateExtent: [-60, 660] });
    return { zoomer, frames, ends };
  }

  it('sets the transform directly, clamped as d3-zoom clamps it, and reports the end', () => {
    const { zoomer, frames, ends } = controller();
    const behavior = zoom()
      .extent([
        [0, 0],
        [600, 100],
      ])
      .scaleExtent([0.5, 64])
      .translateExtent([
        [-60, 0],
        [660, 100],
      ]);
    for (const [k, x] of [
      [2, -300],
      [1000, 5],
      [0.1, 40],
      [3, 900],
    ] as const) {
      const asked = new Transform(k, x, 0);
      // d3-zoom clamps the scale about the centre, then constrains: the controller's clamp does both.
      const centre = asked.invertX(300);
      const kk = Math.min(64, Math.max(0.5, k));
      const expected = behavior.constrain()(
        zoomIdentity.translate(300 - centre * kk, 0).scale(kk),
        [
          [0, 0],
          [600, 100],
        ],
        [
          [-60, 0],
          [660, 100],
        ],
      );
      zoomer.transformTo(asked, { animate: true });
      same(zoomer.transform, expected);
      same(frames.at(-1)!, expected);
      same(ends.at(-1)![0], expected);
    }
    const key = new KeyboardEvent('keydown');
    zoomer.scaleBy(2, { userEvent: key });
    expect(ends.at(-1)![1]).to.equal(key);
    const count = ends.length;
    zoomer.transformTo(identity, { silent: true });
    expect(ends.length, 'a silent change ends without a report').to.equal(count);
    same(zoomer.transform, identity);
  });

  it('zooms about the centre and pans by pixels', () => {
    const { zoomer } = controller();
    zoomer.scaleBy(2);
    same(zoomer.transform, zoomIdentity.translate(-300, 0).scale(2));
    zoomer.translateBy(50);
    same(zoomer.transform, zoomIdentity.translate(-250, 0).scale(2));
  });
});

describe('zoom controller: a wheel before the gestures arrive', () => {
  it('zooms about the pointer as d3-zoom does, instead of zooming the page', () => {
    const host = {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    };
    let ended = 0;
    const zoomer = new ZoomController(host, {
      onFrame() {},
      onEnd: () => ended++,
      onWheelHint() {},
      onUserMove() {},
      isMark: () => false,
    });
    zoomer.setLimits({ width: 600, height: 100, scaleExtent: [1, 64], translateExtent: [0, 600] });
    const plot = document.createElement('div');
    plot.style.cssText = 'position: fixed; left: 0; top: 0; width: 600px; height: 100px';
    document.body.append(plot);
    try {
      zoomer.attach(plot);
      const wheel = (init: WheelEventInit) =>
        plot.dispatchEvent(new WheelEvent('wheel', { clientY: 50, bubbles: true, cancelable: true, ...init }));
      expect(wheel({ deltaY: -50, clientX: 150 }), 'a plain wheel is the page’s').to.equal(true);
      same(zoomer.transform, identity);
      expect(wheel({ deltaY: -50, ctrlKey: true, clientX: 150 }), 'Ctrl + wheel is ours').to.equal(false);
      // d3-zoom: k × 2^(50 × 0.002 × 10) = 2, the point under the pointer kept.
      same(zoomer.transform, new Transform(2, -150, 0));
      expect(ended).to.equal(1);
      wheel({ deltaY: -5000, ctrlKey: true, clientX: 150 });
      expect(zoomer.transform.k, 'the largest scale').to.equal(64);
    } finally {
      plot.remove();
    }
  });
});
