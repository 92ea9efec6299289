/**
 * Icons drawn inline as SVG, in the look of the portal's own (Clay's lexicon icons: the same shapes as
 * vendor/clay/icons.svg, which pv-icons.test.js compares): decorative, so aria-hidden and never focusable; the control
 * that holds one carries the accessible name. Clay is BSD-licensed (vendor/clay/NOTICE).
 */

const SVG = 'http://www.w3.org/2000/svg';

/** The outline paths of each icon, by Clay's symbol id. */
export const ICON_PATHS = {
	'bell-on': [
		'M384,341.6c-96,10.4-160,10.4-256,0c0,0,0-245.6,128-245.6S384,341.6,384,341.6z M224,32c0,0-160,0-160,288c-32,32-32,32-32,32c0,86,448,88,448,0c0,0,0,0-32-32C448,32,288,32,288,32C288-9,224-10,224,32z',
		'M163.5,440.3c30.5,96.7,154.5,95.7,185,0C288,448,224,448,163.5,440.3z',
	],
};

/** An inline SVG icon (class pv-icon: pv-base.css sizes it to the text and colours it as the text, as Atlas sizes its icons). */
export function icon(name) {
	const svg = document.createElementNS(SVG, 'svg');

	svg.setAttribute('aria-hidden', 'true');
	svg.setAttribute('class', 'pv-icon');
	svg.setAttribute('data-icon', name);
	svg.setAttribute('focusable', 'false');
	svg.setAttribute('viewBox', '0 0 512 512');

	for (const outline of ICON_PATHS[name]) {
		const path = document.createElementNS(SVG, 'path');

		path.setAttribute('d', outline);
		svg.appendChild(path);
	}

	return svg;
}
