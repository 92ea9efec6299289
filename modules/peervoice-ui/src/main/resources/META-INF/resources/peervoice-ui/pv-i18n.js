/**
 * Messages from Liferay-format resource bundles (content/Language[_xx].properties),
 * the same files the portlet bundles ship, so the web components and the portal agree.
 */

export function parseProperties(text) {
	const messages = {};
	const lines = text.split(/\r\n|\r|\n/);

	for (let index = 0; index < lines.length; index++) {
		let line = lines[index].replace(/^[ \t\f]+/, '');

		if (line === '' || line.startsWith('#') || line.startsWith('!')) {
			continue;
		}

		while (endsWithContinuation(line) && index + 1 < lines.length) {
			index++;
			line = line.slice(0, -1) + lines[index].replace(/^[ \t\f]+/, '');
		}

		const separator = findSeparator(line);
		const key = line.slice(0, separator.keyEnd);
		const value = line.slice(separator.valueStart);

		messages[unescape(key)] = unescape(value);
	}

	return messages;
}

function endsWithContinuation(line) {
	let backslashes = 0;

	for (let index = line.length - 1; index >= 0 && line[index] === '\\'; index--) {
		backslashes++;
	}

	return backslashes % 2 === 1;
}

function findSeparator(line) {
	let index = 0;

	while (index < line.length) {
		const character = line[index];

		if (character === '\\') {
			index += 2;
			continue;
		}

		if (character === '=' || character === ':' || /[ \t\f]/.test(character)) {
			break;
		}

		index++;
	}

	const keyEnd = index;

	while (index < line.length && /[ \t\f]/.test(line[index])) {
		index++;
	}

	if (index < line.length && (line[index] === '=' || line[index] === ':')) {
		index++;

		while (index < line.length && /[ \t\f]/.test(line[index])) {
			index++;
		}
	}

	return {keyEnd: Math.min(keyEnd, line.length), valueStart: index};
}

const ESCAPES = {f: '\f', n: '\n', r: '\r', t: '\t'};

function unescape(text) {
	return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (match, escaped) => {
		if (escaped.length === 5) {
			return String.fromCharCode(parseInt(escaped.slice(1), 16));
		}

		return ESCAPES[escaped] || escaped;
	});
}

export function formatMessage(template, args) {
	return template.replace(/\{(\d+)\}/g, (match, position) => {
		const value = args[Number(position)];

		return value === undefined ? match : String(value);
	});
}

export function supportedLanguage(locale) {
	return String(locale || '').toLowerCase().startsWith('es') ? 'es' : 'en';
}

const bundles = new Map();

function fetchBundle(url) {
	if (!bundles.has(url)) {
		bundles.set(
			url,
			fetch(url, {credentials: 'same-origin'})
				.then((response) => (response.ok ? response.text() : ''))
				.then(parseProperties)
				.catch(() => ({}))
		);
	}

	return bundles.get(url);
}

/**
 * Resolves to t(key, ...args): the message in the viewer's language, falling back
 * to English and then to the key itself, with {0}, {1}... replaced by the arguments.
 */
export async function loadTranslator(uiBase, locale) {
	const language = supportedLanguage(locale);
	const base = String(uiBase || '').replace(/\/$/, '');
	const english = await fetchBundle(`${base}/content/Language.properties`);
	const localized = language === 'en'
		? {}
		: await fetchBundle(`${base}/content/Language_${language}.properties`);
	const messages = Object.assign({}, english, localized);

	return function t(key, ...args) {
		const template = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;

		return formatMessage(template, args);
	};
}
