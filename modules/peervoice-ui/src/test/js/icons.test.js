import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

import {ICON_PATHS} from '../../main/resources/META-INF/resources/peervoice-ui/pv-icons.js';

const file = (name) => readFileSync(new URL(`../../main/resources/META-INF/resources/peervoice-ui/${name}`, import.meta.url), 'utf8');

test('each icon is drawn with the shapes of Clay\'s icon of the same name, as the portal draws it', () => {
	const sprite = file('vendor/clay/icons.svg');

	for (const [name, paths] of Object.entries(ICON_PATHS)) {
		const symbol = sprite.match(new RegExp(`<symbol id="${name}"[^>]*>([\\s\\S]*?)</symbol>`));

		assert.ok(symbol, name);
		assert.deepEqual([...symbol[1].matchAll(/ d="([^"]+)"/g)].map((match) => match[1]), paths, name);
	}
});

test('the notification bell is an icon, not an emoji: hidden from assistive technology, its name and count said in text', () => {
	const bell = file('pv-notification-bell.js');

	assert.match(bell, /icon\('bell-on'\), element\('span', \{class: 'sr-only', 'data-label': ''\}, t\('notifications'\)\), this\.count\)/);
	assert.doesNotMatch(bell, /\\u\{1F514\}|\u{1F514}/u);
	assert.match(file('pv-icons.js'), /setAttribute\('aria-hidden', 'true'\)/);
	assert.match(file('pv-icons.js'), /setAttribute\('focusable', 'false'\)/);
});
