/**
 * The little of the DOM that pv-dom.js's element() and sentence() use, for unit tests in Node (no browser): nodes,
 * text nodes and elements with attributes, and markup(node) to compare what was built.
 */
class FakeNode {
	constructor() {
		this.childNodes = [];
		this.parentNode = null;
	}

	appendChild(child) {
		child.parentNode = this;
		this.childNodes.push(child);

		return child;
	}

	removeChild(child) {
		this.childNodes = this.childNodes.filter((each) => each !== child);

		return child;
	}

	get firstChild() {
		return this.childNodes[0] || null;
	}

	get textContent() {
		return this.childNodes.map((child) => child.textContent).join('');
	}
}

class FakeText extends FakeNode {
	constructor(data) {
		super();
		this.data = data;
	}

	get textContent() {
		return this.data;
	}
}

class FakeElement extends FakeNode {
	constructor(tag) {
		super();
		this.tagName = tag.toUpperCase();
		this.attributes = {};
		this.listeners = {};
	}

	setAttribute(name, value) {
		this.attributes[name] = String(value);
	}

	getAttribute(name) {
		return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null;
	}

	addEventListener(type, listener) {
		(this.listeners[type] = this.listeners[type] || []).push(listener);
	}
}

export function installFakeDom() {
	globalThis.Node = FakeNode;
	globalThis.document = {
		createElement: (tag) => new FakeElement(tag),
		createTextNode: (text) => new FakeText(String(text)),
	};
}

/** A node as markup without attributes, e.g. "<h4><bdi>Alex</bdi> recognized you</h4>". */
export function markup(node) {
	if (Array.isArray(node)) {
		return node.map(markup).join('');
	}

	if (node === null || node === undefined) {
		return '';
	}

	if (!(node instanceof FakeNode)) {
		return String(node);
	}

	if (node instanceof FakeText) {
		return node.data;
	}

	const tag = node.tagName.toLowerCase();

	return `<${tag}>${node.childNodes.map(markup).join('')}</${tag}>`;
}
