import assert from 'node:assert/strict';
import {test} from 'node:test';

// pv-site-settings.js defines a custom element when loaded; outside a browser there is none to define
globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {}};

const {categoryKey, categoryLabel, settingsErrors} = await import(
	'../../main/resources/META-INF/resources/peervoice-ui/pv-suggestion-settings.js');

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

test('a new category\'s key follows the API\'s pattern and is unique, whatever its name', () => {
	const names = ['Night shift', 'Atenci\u00f3n al p\u00fablico', '  ', '\u0634\u0643\u0631\u0627', '---', 'A'.repeat(200), 'x--y', 'Night shift'];
	const keys = [];

	for (const name of names) {
		const key = categoryKey(name, keys);

		assert.match(key, KEY, name);
		assert.ok(key.length <= 60, key);
		assert.ok(!keys.includes(key), key);
		keys.push(key);
	}

	assert.deepEqual(keys.slice(0, 3), ['night-shift', 'atencion-al-publico', 'category']);
	assert.equal(keys[7], 'night-shift-2');
});

test('the delivery window is a whole number from 5 to 60 and one category stays open', () => {
	const open = [{key: 'other', label: 'Other', retired: false}];

	for (let minutes = 0; minutes <= 70; minutes++) {
		const errors = settingsErrors({categories: open, mixingWindowMinutes: minutes});

		assert.equal('mixingWindowMinutes' in errors, minutes < 5 || minutes > 60, String(minutes));
	}

	assert.equal(settingsErrors({categories: open, mixingWindowMinutes: 7.5}).mixingWindowMinutes, 'out-of-range');
	assert.deepEqual(settingsErrors({categories: [{key: 'a', label: ' ', retired: true}], mixingWindowMinutes: 60}), {
		'categories': 'no-active-category',
		'categories[0].label': 'required',
	});
});

test('a default category reads in the viewer\'s language until it is renamed', () => {
	const t = (key) => `es:${key}`;

	assert.equal(categoryLabel(t, [{key: 'other', label: 'Other'}], 'other'), 'es:other');
	assert.equal(categoryLabel(t, [{key: 'other', label: 'Misc'}], 'other'), 'Misc');
	assert.equal(categoryLabel(t, [{key: 'night-shift', label: 'Night shift'}], 'night-shift'), 'Night shift');
	assert.equal(categoryLabel(t, [], 'gone'), 'gone');
});
