import { describe, expect, it } from 'vitest';
import { frameInsets, framePlace, popupPan, revealPan } from './camera';

describe('frameInsets', () => {
	it('leaves room for a popup above and a sheet below', () => {
		expect(frameInsets({ containerHeight: 800, coveredPx: 200, popupHeight: 250 })).toEqual({
			top: 250,
			bottom: 200
		});
	});
	it('keeps 160 px of map free, the sheet first', () => {
		expect(frameInsets({ containerHeight: 500, coveredPx: 300, popupHeight: 250 })).toEqual({
			top: 40,
			bottom: 300
		});
		expect(frameInsets({ containerHeight: 100, coveredPx: 50, popupHeight: 50 })).toEqual({
			top: 0,
			bottom: 0
		});
	});
	it('never pads by a negative amount', () => {
		expect(frameInsets({ containerHeight: 600, coveredPx: -20, popupHeight: 0 })).toEqual({
			top: 0,
			bottom: 0
		});
	});
});

describe('revealPan', () => {
	const box = { width: 400, height: 600 };
	it('leaves a place already well inside the visible part alone', () => {
		expect(revealPan({ ...box, point: { x: 200, y: 200 }, coveredPx: 300 })).toBeNull();
	});
	it('centres a place that a sheet covers in what the sheet leaves', () => {
		expect(revealPan({ ...box, point: { x: 200, y: 500 }, coveredPx: 300 })).toEqual([0, 350]);
	});
	it('brings back a place off the side', () => {
		expect(revealPan({ ...box, point: { x: -50, y: 300 }, coveredPx: 0 })).toEqual([-250, 0]);
	});
});

describe('popupPan', () => {
	const frame = { top: 0, left: 0, right: 800 };
	it('does not move for a popup that shows whole', () => {
		expect(popupPan({ top: 100, left: 100, right: 400 }, frame)).toEqual([0, 0]);
	});
	it('pans down for a popup cut at the top, and sideways clear of the zoom buttons', () => {
		expect(popupPan({ top: -30, left: 500, right: 790 }, frame)).toEqual([42, -42]);
		expect(popupPan({ top: 50, left: -10, right: 300 }, frame)).toEqual([-22, 0]);
	});
});

describe('framePlace', () => {
	const bbox: [number, number, number, number] = [20.7, 42.9, 20.9, 43.0];
	const at: [number, number] = [20.78, 42.97];
	it('flies to a point, offset between the popup and the sheet, never zooming out', () => {
		expect(
			framePlace({
				bbox,
				anchor: at,
				isPoint: true,
				insets: { top: 250, bottom: 100 },
				zoom: 9,
				reduceMotion: false
			})
		).toEqual({ kind: 'fly', center: at, offset: [0, 75], zoom: 11.5, animate: true });
		const closer = framePlace({
			bbox,
			anchor: at,
			isPoint: true,
			insets: { top: 0, bottom: 0 },
			zoom: 13,
			reduceMotion: true
		});
		expect(closer).toMatchObject({ zoom: 13, offset: [0, 0], animate: false });
	});
	it('fits an area with padding that adds the popup on top and the sheet below', () => {
		expect(
			framePlace({
				bbox,
				anchor: at,
				isPoint: false,
				insets: { top: 30, bottom: 200 },
				zoom: 9,
				reduceMotion: true
			})
		).toEqual({
			kind: 'fit',
			bbox,
			padding: { top: 70, right: 40, bottom: 240, left: 40 },
			maxZoom: 11,
			animate: false
		});
	});
});
