import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

import {formatMessage, parseProperties} from '../../main/resources/META-INF/resources/peervoice-ui/pv-i18n.js';

// the element itself needs a browser (SuggestionBoxBrowserIT and NotificationBrowserIT); its pure parts run here
globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {
	return undefined;
}};

const {NOTIFICATION_TYPES, notificationLines, notificationLink, panelRight, typeKey} =
	await import('../../main/resources/META-INF/resources/peervoice-ui/pv-notification-bell.js');

const content = new URL('../../main/resources/META-INF/resources/peervoice-ui/content/', import.meta.url);

function translator(file) {
	const texts = parseProperties(readFileSync(new URL(file, content), 'latin1'));

	return (key, ...args) => (key in texts ? formatMessage(texts[key], args) : `!${key}`);
}

test('every notification type has its text and its setting in English and Spanish', () => {
	for (const file of ['Language.properties', 'Language_es.properties']) {
		const t = translator(file);

		for (const type of NOTIFICATION_TYPES) {
			assert.ok(!t(typeKey(type)).startsWith('!'), `${file}: ${typeKey(type)}`);
			assert.ok(!t(`notification-preference-${typeKey(type).slice('notification-'.length)}`).startsWith('!'), `${file}: preference ${type}`);
		}
	}
});

test('a notification links to its suggestion on its site page, a digest to the review queue', () => {
	assert.equal(notificationLink({itemId: 'a1b2', siteId: 20121}, '/sites/{siteId}', '/here'), '/sites/20121#pv-suggestion=a1b2');
	assert.equal(notificationLink({itemId: null, siteId: 20145}, '/sites/{siteId}', '/here'), '/sites/20145#pv-tab=queue');
	assert.equal(notificationLink({itemId: 'a1b2', siteId: 20121}, '', '/web/guest/home'), '/web/guest/home#pv-suggestion=a1b2');
	assert.equal(notificationLink({itemId: 'c3d4', siteId: 20121, type: 'CHAMPION_LIST'}, '/sites/{siteId}', '/here', '', '/o/peervoice/v1.0'),
		'/o/peervoice/v1.0/sites/20121/champions/worksheet.pdf');
});

test('a digest shows counts only; a writer notification its title and new status', () => {
	const t = translator('Language.properties');
	const status = (code) => t(`status-${code.toLowerCase().replace(/_/g, '-')}`);

	assert.deepEqual(notificationLines({newItems: 2, type: 'REVIEW_DIGEST', writerReplies: 1}, t, status),
		['New in your review queue.', 'New suggestions: 2', 'Suggestions with writers\' replies: 1']);
	assert.deepEqual(notificationLines({detail: 'PLANNED', itemTitle: 'Quiet room', type: 'SUGGESTION_RESPONSE'}, t, status),
		['Leadership responded to your suggestion.', 'Quiet room', 'Now: Planned']);
});

test('My Suggestions marks items with unread notifications, the queue items whose writer replied', async () => {
	globalThis.Node = class {};
	globalThis.document = {
		createElement: (tag) => Object.assign(new globalThis.Node(), {attributes: {}, children: [], setAttribute(name, value) {
			this.attributes[name] = value;
		}, appendChild(child) {
			this.children.push(child);
		}, tag}),
		createTextNode: (text) => Object.assign(new globalThis.Node(), {text}),
	};

	const {unreadMark} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-suggestion-box.js');
	const t = translator('Language_es.properties');

	assert.equal(unreadMark({id: 'a'}, 'mine', {a: ['n1']}, t).attributes['data-unread'], 'new-message');
	assert.equal(unreadMark({id: 'b'}, 'mine', {a: ['n1']}, t), null);
	assert.equal(unreadMark({id: 'a', review: {writerReplied: true}}, 'queue', {}, t).attributes['data-unread'], 'writer-replied');
	assert.equal(unreadMark({id: 'a', review: {writerReplied: false}}, 'queue', {a: ['n1']}, t), null);
	assert.equal(unreadMark({id: 'a'}, 'board', {a: ['n1']}, t), null);
});

test('a champion notification leads to its tab of the champion directory, and an answer says only accepted or declined', () => {
	const directory = '/sites/{siteId}/champions';

	assert.equal(notificationLink({itemId: 'n1', siteId: 20121, type: 'CHAMPION_NOMINATION'}, '/sites/{siteId}', '/here', directory),
		'/sites/20121/champions#pvc-tab=invitation');
	assert.equal(notificationLink({itemId: 'l1', siteId: 20121, type: 'CHAMPION_CONFIRM_DUE'}, '/sites/{siteId}', '/here', directory),
		'/sites/20121/champions#pvc-tab=mine');
	assert.equal(notificationLink({itemId: null, siteId: 20121, type: 'CHAMPION_NOMINATION_ANSWER'}, '', '/here', ''),
		'/here#pvc-tab=nominations');

	for (const file of ['Language.properties', 'Language_es.properties']) {
		const t = translator(file);

		for (const detail of ['ACCEPTED', 'DECLINED']) {
			const lines = notificationLines({detail, type: 'CHAMPION_NOMINATION_ANSWER'}, t, () => '!status');

			assert.equal(lines.length, 2, `${file} ${detail}`);
			assert.ok(lines.every((line) => !line.startsWith('!')), lines.join());
		}

		assert.deepEqual(notificationLines({detail: 'x', itemTitle: 'Someone', type: 'CHAMPION_NOMINATION_ANSWER'}, t, () => '!').length, 1);
	}
});

test('a town-hall asker is told the fate and led to the town hall, or to the suggestion it became', () => {
	assert.equal(notificationLink({detail: 'MERGED', itemId: 'th1', siteId: 20121, type: 'TOWN_HALL_QUESTION'}, '/sites/{siteId}', '/here', '',
		'', '/sites/{siteId}/town-halls'), '/sites/20121/town-halls#pvt-id=th1');
	assert.equal(notificationLink({detail: 'TAKEN_FORWARD', itemId: 's1', siteId: 20121, type: 'TOWN_HALL_QUESTION'}, '/sites/{siteId}', '/here',
		'', '', '/sites/{siteId}/town-halls'), '/sites/20121#pv-suggestion=s1');

	for (const file of ['Language.properties', 'Language_es.properties']) {
		const t = translator(file);

		for (const detail of ['ANSWERED', 'MERGED', 'TAKEN_FORWARD', 'CORRECTED', 'DISMISSED:OFF_TOPIC', 'DISMISSED:ANSWERED_ELSEWHERE',
			'DISMISSED:OTHER']) {
			const lines = notificationLines({detail, itemTitle: 'Q3 town hall', type: 'TOWN_HALL_QUESTION'}, t, () => '!status');

			assert.equal(lines.length, 3, `${file} ${detail}`);
			assert.ok(lines.every((line) => !line.includes('!')), lines.join());
		}
	}
});

test('the open panel moves right when it would start left of a narrow screen, and stays put when it fits', () => {
	// at 360 px the bell's right edge is near 300 px and the panel 342 px wide: it started at -42 px, its text cut
	assert.equal(panelRight(-42), '-50px');
	assert.equal(panelRight(-42.5), '-51px');
	assert.equal(panelRight(3), '-5px');
	assert.equal(panelRight(8), '');
	assert.equal(panelRight(600), '');
});

test('a recognition notification leads to the recognition on the site\'s recognition board page, not the suggestion box\'s', () => {
	for (const type of ['RECOGNITION_RECEIVED', 'RECOGNITION_MODERATED']) {
		assert.equal(notificationLink({detail: 'approval', itemId: 'r1', siteId: 20121, type}, '/sites/{siteId}', '/here', '/sites/{siteId}/champions',
			'', '/sites/{siteId}/town-halls', '/sites/{siteId}/recognitions'), '/sites/20121/recognitions#pv-recognition=r1');
		// without the board's page (a Liferay page holding both), the site's page as before
		assert.equal(notificationLink({itemId: 'r1', siteId: 20121, type}, '/sites/{siteId}', '/here'), '/sites/20121#pv-recognition=r1');
		assert.equal(notificationLink({itemId: 'r1', siteId: 20121, type}, '', '/web/riverside/home'), '/web/riverside/home#pv-recognition=r1');
	}
});
