import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {test} from 'node:test';

import {installFakeDom, markup} from './fake-dom.js';

installFakeDom();
globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {
	return undefined;
}};

const {element, isolated, isolatedText, sentence} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-dom.js');
const {headingText} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-recognition-board.js');
const {parseProperties, formatMessage} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-i18n.js');

const folder = new URL('../../main/resources/META-INF/resources/peervoice-ui/', import.meta.url);
const texts = (file) => parseProperties(readFileSync(new URL(`content/${file}`, folder), 'latin1'));
const translator = (file) => {
	const found = texts(file);

	return (key, ...args) => formatMessage(Object.prototype.hasOwnProperty.call(found, key) ? found[key] : key, args);
};
const en = translator('Language.properties');
const es = translator('Language_es.properties');
// a right-to-left name: without isolation it would carry the sentence's words and punctuation into its own direction
const RTL = '\u05d3\u05e0\u05d4 \u05db\u05d4\u05df';

test('a sentence isolates each name or text it holds in a <bdi>, in the translation\'s order, numbers left as they are', () => {
	assert.equal(markup(element('p', null, sentence(en, 'recognition-x-recognized-x', RTL, 'Raj Patel'))),
		`<p><bdi>${RTL}</bdi> recognized <bdi>Raj Patel</bdi></p>`);
	assert.equal(markup(element('p', null, sentence(es, 'champion-pending-x-listings', RTL, 3))), `<p><bdi>${RTL}</bdi> (fichas: 3)</p>`);
	assert.equal(markup(element('p', null, sentence(en, 'town-hall-merge-into-x', isolated('a node as it is')))),
		'<p>Merge into: <bdi>a node as it is</bdi></p>');
	// a text that looks like a placeholder or markup stays text, and a missing key reads as the key (as t() does)
	assert.equal(markup(element('p', null, sentence(en, 'from-the-town-hall-x', '{0} <b>'))), '<p>From the town hall <bdi>{0} <b></bdi></p>');
	assert.equal(markup(element('p', null, sentence(en, 'no-such-key-x', RTL))), '<p>no-such-key-x</p>');
});

test('a sentence that must stay a string holds its name between the Unicode isolates FSI and PDI', () => {
	assert.equal(en('people-picker-added-x', isolatedText(RTL)), `\u2068${RTL}\u2069 added.`);
});

test('a recognition\'s heading isolates the giver\'s and every recipient\'s name, in English and Spanish', () => {
	const given = {givenByMe: true, giverName: 'Alex Rivera', recipients: [{me: false, name: RTL}]};
	const received = {givenByMe: false, giverName: RTL, recipients: [{me: true, name: 'Alex Rivera'}, {me: false, name: 'Raj Patel'}]};

	assert.equal(markup(element('h4', null, headingText(en, given))), `<h4>You recognized <span><bdi>${RTL}</bdi></span></h4>`);
	assert.equal(markup(element('h4', null, headingText(en, received))), `<h4><bdi>${RTL}</bdi> recognized <span>you, <bdi>Raj Patel</bdi></span></h4>`);
	assert.equal(markup(element('h4', null, headingText(es, received))),
		`<h4>Reconocimiento de <bdi>${RTL}</bdi> para <span>usted, <bdi>Raj Patel</bdi></span></h4>`);
});

/*
 * Every element: a translation that takes a person's name or other text a person wrote goes through sentence() (nodes)
 * or gets it through isolatedText() (a string for an attribute or an announcement), never as a bare argument of t().
 */
const PERSONS_TEXT = /(?:^|[\s.(,[])(?:name|names|displayName|giverName|nominatorName|nomineeName|title|townHallTitle|text|term|value|tag|reason|moderationReason|expertise|pendingExpertise|message|comment|place|description|question)\b(?!\s*\()/;
const NUMERIC = /\.length\b|\bcount\b|Count\b/;

/** The source of each top-level argument after the key of every t('key', ...) call in a file. */
function translationArguments(source) {
	const found = [];
	const call = /\b(?:this\.)?t\(\s*'([a-z0-9-]+)'\s*,/g;
	let match;

	while ((match = call.exec(source))) {
		let depth = 1;
		let start = call.lastIndex;
		const args = [];

		for (let index = call.lastIndex; index < source.length && depth > 0; index++) {
			const character = source[index];

			if (character === '\'' || character === '`' || character === '"') {
				index = source.indexOf(character, index + 1);
			}
			else if ('([{'.includes(character)) {
				depth++;
			}
			else if (')]}'.includes(character)) {
				depth--;
			}

			if (depth === 0 || (depth === 1 && character === ',')) {
				args.push(source.slice(start, index).trim());
				start = index + 1;
			}
		}

		found.push({args, key: match[1]});
	}

	return found;
}

test('no element puts a person\'s name or text into a translated sentence without isolating it', () => {
	const bare = [];
	let seen = 0;

	for (const file of readdirSync(folder).filter((name) => /^pv-.*\.js$/.test(name))) {
		for (const {args, key} of translationArguments(readFileSync(new URL(file, folder), 'utf8'))) {
			seen++;

			for (const arg of args) {
				if (PERSONS_TEXT.test(` ${arg}`) && !NUMERIC.test(arg) && !arg.startsWith('isolatedText(') && !/^t\(/.test(arg)) {
					bare.push(`${file}: t('${key}', ${arg})`);
				}
			}
		}
	}

	assert.ok(seen > 50, `the scan found ${seen} translations with arguments`);
	assert.deepEqual(bare, [], 'use sentence(t, key, ...) (pv-dom.js) for nodes, isolatedText() for a string');
});
