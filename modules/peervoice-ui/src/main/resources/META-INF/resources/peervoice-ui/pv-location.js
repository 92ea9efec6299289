/**
 * A component's view state (tab, filters, page, one item) in the page's URL fragment, so Back, reload and shared links
 * keep it. Each component owns the fragment parameters that start with its prefix ("pv-" for the suggestion box) and
 * leaves every other part of the fragment as it found it; portals keep their own state in the path and query, which
 * this never touches.
 */

function segments(hash) {
	return String(hash || '').replace(/^#/, '').split('&').filter(Boolean);
}

function decode(text) {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	}
	catch (malformed) {
		return null;
	}
}

/** The prefix's parameters of a fragment, without the prefix: '#pv-tab=board&x=1' with 'pv-' gives {tab: 'board'}. */
export function readFragment(hash, prefix) {
	const state = {};

	for (const segment of segments(hash)) {
		const separator = segment.indexOf('=');
		const name = decode(separator < 0 ? segment : segment.slice(0, separator));
		const value = separator < 0 ? '' : decode(segment.slice(separator + 1));

		if (name !== null && value !== null && name.startsWith(prefix) && name.length > prefix.length && value !== '') {
			state[name.slice(prefix.length)] = value;
		}
	}

	return state;
}

/** The fragment with the prefix's parameters replaced by the state's (empty values left out), the rest kept in place. */
export function writeFragment(hash, prefix, state) {
	const kept = segments(hash).filter((segment) => {
		const separator = segment.indexOf('=');
		const name = decode(separator < 0 ? segment : segment.slice(0, separator));

		return name === null || !name.startsWith(prefix);
	});
	const ours = Object.keys(state).sort()
		.filter((name) => state[name] !== undefined && state[name] !== null && state[name] !== '')
		.map((name) => `${encodeURIComponent(prefix + name)}=${encodeURIComponent(String(state[name]))}`);
	const all = kept.concat(ours);

	return all.length ? `#${all.join('&')}` : '';
}

/** Records the state in the address bar: a new history entry, or (replace) the current one. */
export function rememberInLocation(prefix, state, replace) {
	const hash = writeFragment(window.location.hash, prefix, state);

	if (hash === (window.location.hash === '#' ? '' : window.location.hash)) {
		return;
	}

	const url = `${window.location.pathname}${window.location.search}${hash}`;

	if (replace) {
		window.history.replaceState(window.history.state, '', url || window.location.pathname);
	}
	else {
		window.history.pushState(window.history.state, '', url || window.location.pathname);
	}
}
