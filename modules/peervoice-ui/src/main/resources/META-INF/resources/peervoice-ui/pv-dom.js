/**
 * Builds DOM nodes without HTML parsing: strings become text nodes and attribute
 * values go through setAttribute, so user-written text can never turn into markup.
 */

export function element(tag, attributes, ...children) {
	const node = document.createElement(tag);

	for (const [name, value] of Object.entries(attributes || {})) {
		if (value === null || value === undefined || value === false) {
			continue;
		}

		if (name === 'on') {
			for (const [type, listener] of Object.entries(value)) {
				node.addEventListener(type, listener);
			}
		}
		else if (name === 'value' && ('value' in node)) {
			node.value = value;
		}
		else if (name === 'checked' || name === 'selected' || name === 'disabled') {
			node[name] = Boolean(value);
			if (name === 'disabled') {
				node.setAttribute('disabled', '');
			}
		}
		else {
			node.setAttribute(name, value === true ? '' : String(value));
		}
	}

	append(node, children);

	return node;
}

export function append(parent, children) {
	for (const child of children) {
		if (child === null || child === undefined || child === false) {
			continue;
		}

		if (Array.isArray(child)) {
			append(parent, child);
		}
		else if (child instanceof Node) {
			parent.appendChild(child);
		}
		else {
			parent.appendChild(document.createTextNode(String(child)));
		}
	}

	return parent;
}

export function replaceChildren(parent, ...children) {
	while (parent.firstChild) {
		parent.removeChild(parent.firstChild);
	}

	return append(parent, children);
}

let lastId = 0;

export function uniqueId(prefix) {
	lastId += 1;

	return `${prefix}-${lastId}`;
}

/**
 * Links a stylesheet once per page; a host that already linked it (a Liferay portlet's header CSS, the dev portal's
 * page) is left as it is.
 */
export function ensureStylesheet(href, attributes) {
	const name = href.substring(href.lastIndexOf('/'));
	const loaded = Array.from(document.querySelectorAll('link[rel="stylesheet"]'))
		.some((link) => link.href.endsWith(name));

	if (!loaded) {
		document.head.appendChild(element('link', {...(attributes || {}), href, rel: 'stylesheet'}));
	}
}

/**
 * The styles every PeerVoice element shares (pv-base.css, beside this module: field borders at 3:1, the focus ring):
 * marks the element for them and links the file once per page.
 */
export function adoptBaseStyles(host) {
	host.classList.add('pv-ui');
	ensureStylesheet(new URL('./pv-base.css', import.meta.url).pathname);
}

/**
 * Text a person wrote (a name, a title, a comment) isolated from what surrounds it, its direction its own: a
 * right-to-left name cannot reorder the words, punctuation or numbers beside it (WCAG 1.3.2). For block elements that
 * hold only such text, set dir="auto" on the element instead.
 */
export function isolated(text) {
	return element('bdi', null, text);
}

// Stand-ins for the arguments while the translator writes the sentence: private-use characters no translation holds.
const ARGUMENT_START = '\uE000';
const ARGUMENT_END = '\uE001';
const ARGUMENT = new RegExp(`${ARGUMENT_START}(\\d+)${ARGUMENT_END}`);

/**
 * A translated sentence whose arguments are a person's name or other text a person wrote ("{0} recognized {1}", "From
 * {0}", "Merge into: {0}"), as children for element(): each such argument isolated in its own <bdi>, so a right-to-left
 * name cannot carry the translation's words or punctuation with it (WCAG 1.3.2). A number stays plain text; a node (an
 * isolated list of names, a link) goes in as it is. t is the element's translator (pv-i18n.js).
 */
export function sentence(t, key, ...args) {
	const written = t(key, ...args.map((arg, index) => `${ARGUMENT_START}${index}${ARGUMENT_END}`));

	return written.split(ARGUMENT).map((part, index) => {
		if (index % 2 === 0) {
			return part === '' ? null : part;
		}

		const arg = args[Number(part)];

		return typeof arg === 'number' || arg instanceof Node ? arg : isolated(arg);
	});
}

/**
 * For a sentence that must stay a string (an aria-label, a live region's announcement): the text between the Unicode
 * isolates FSI and PDI, which do for a string what <bdi> does for a node.
 */
export function isolatedText(text) {
	return `\u2068${text}\u2069`;
}
