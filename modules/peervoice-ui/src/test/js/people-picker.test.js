import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

import {formatMessage, parseProperties} from '../../main/resources/META-INF/resources/peervoice-ui/pv-i18n.js';

// the element itself needs a browser; its pure parts run here
globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {
	return undefined;
}};

const {PEOPLE_PICKER_KEYS, SEARCH_TEXT_MAX, helpText, maxPeople, nextActive, searchText, unchosen, withPerson} =
	await import('../../main/resources/META-INF/resources/peervoice-ui/pv-people-picker.js');

const content = new URL('../../main/resources/META-INF/resources/peervoice-ui/content/', import.meta.url);
const source = readFileSync(new URL('../../main/resources/META-INF/resources/peervoice-ui/pv-people-picker.js', import.meta.url), 'utf8');

test('every text of the picker exists in English and Spanish, and the picker uses no other', () => {
	for (const file of ['Language.properties', 'Language_es.properties']) {
		const texts = parseProperties(readFileSync(new URL(file, content), 'latin1'));

		for (const key of PEOPLE_PICKER_KEYS) {
			assert.ok(key in texts, `${file}: ${key}`);
		}
	}

	const used = new Set([...source.matchAll(/\bt\('([a-z0-9-]+)'/g)].map((match) => match[1]));

	assert.deepEqual([...used].filter((key) => !PEOPLE_PICKER_KEYS.includes(key)), []);
	const es = parseProperties(readFileSync(new URL('Language_es.properties', content), 'latin1'));

	assert.equal(formatMessage(es['people-picker-remove-x'], ['José Núñez']), 'Quitar a José Núñez');
});

test('arrow keys move through the options and wrap around; Home and End go to the ends', () => {
	for (let count = 1; count <= 6; count++) {
		let active = -1;
		const seen = [];

		for (let step = 0; step < count * 2; step++) {
			active = nextActive(active, count, 'ArrowDown');
			seen.push(active);
		}

		assert.deepEqual(seen, [...Array(count * 2).keys()].map((index) => index % count));
		assert.equal(nextActive(0, count, 'ArrowUp'), count - 1);
		assert.equal(nextActive(-1, count, 'ArrowUp'), count - 1);
		assert.equal(nextActive(count - 1, count, 'Home'), 0);
		assert.equal(nextActive(0, count, 'End'), count - 1);
		assert.equal(nextActive(1, count, 'a'), 1);
	}

	assert.equal(nextActive(-1, 0, 'ArrowDown'), -1);
	assert.equal(nextActive(3, 0, 'ArrowUp'), -1);
});

test('a person is chosen once, never beyond max, and keeps only key, name and title', () => {
	const ana = {displayName: 'Ana Ruiz', email: 'ana@example.org', jobTitle: 'Recovery Coach', userKey: 'u-1'};
	const bo = {displayName: 'Bo', userKey: 'u-2'};
	let chosen = withPerson([], ana, 2);

	assert.deepEqual(chosen, [{displayName: 'Ana Ruiz', jobTitle: 'Recovery Coach', userKey: 'u-1'}]);
	assert.equal(withPerson(chosen, ana, 2), chosen, 'twice is once');
	chosen = withPerson(chosen, bo, 2);
	assert.equal(chosen.length, 2);
	assert.equal(withPerson(chosen, {displayName: 'Cy', userKey: 'u-3'}, 2), chosen, 'no more than max');
	assert.deepEqual(unchosen([ana, bo, {displayName: 'Cy', userKey: 'u-3'}], chosen).map((person) => person.userKey), ['u-3']);
});

test('max is a whole number from 1 to 100, else 10; searches are trimmed to what the API takes', () => {
	assert.equal(maxPeople('3'), 3);
	assert.equal(maxPeople('1'), 1);
	for (const wrong of [null, '', '0', '-1', '2.5', '101', 'ten']) {
		assert.equal(maxPeople(wrong), 10, String(wrong));
	}

	assert.equal(searchText('  ana  '), 'ana');
	assert.equal(searchText('   '), '');
	assert.equal(searchText('x'.repeat(150)).length, SEARCH_TEXT_MAX);
});

test('the hint says one person in the singular, never "up to 1 people"', () => {
	const es = parseProperties(readFileSync(new URL('Language_es.properties', content), 'latin1'));
	const en = parseProperties(readFileSync(new URL('Language.properties', content), 'latin1'));
	const translator = (texts) => (key, ...args) => formatMessage(texts[key], args);

	for (const full of [false, true]) {
		assert.doesNotMatch(helpText(translator(es), 1, full), /\b1 personas|\(1\)/);
		assert.doesNotMatch(helpText(translator(en), 1, full), /\b1 people|\(1\)/);
	}
	assert.match(helpText(translator(es), 1, false), /Una persona\.$/);
	assert.match(helpText(translator(es), 10, false), /Hasta 10 personas\.$/);
	assert.match(helpText(translator(en), 10, true), /\(10\)/);
});
