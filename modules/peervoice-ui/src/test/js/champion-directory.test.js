import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {
	return undefined;
}};

const {CHAMPION_LIMITS, PROFILE_FIELDS, championFieldLabel, directoryState, keyOf, listingRequest, portraitPath, profileFieldsLocked, splitList,
	withProfileFields} = await import(
	'../../main/resources/META-INF/resources/peervoice-ui/pv-champion-directory.js');

test('the directory state keeps known filters and drops the rest', () => {
	assert.deepEqual(directoryState({category: 'PEER', evil: 'x', language: 'Espa\u00f1ol', letter: '\u00d1', page: '3', q: 'jose'}),
		{category: 'PEER', language: 'Espa\u00f1ol', letter: '\u00d1', page: 3, q: 'jose'});
});

test('an unknown category, a long letter, an absurd page and an overlong text are ignored', () => {
	assert.deepEqual(directoryState({category: 'ROBOTS', letter: 'AB', page: '-2', q: 'x'.repeat(CHAMPION_LIMITS.CHAMPION_SEARCH_MAX + 1)}),
		{page: 1});
	assert.deepEqual(directoryState({page: '1e9'}), {page: 1});
});

test('comma-separated lists become the API lists without blanks', () => {
	assert.deepEqual(splitList(' Outpatient , ,Crisis Line,'), ['Outpatient', 'Crisis Line']);
	assert.deepEqual(splitList(undefined), []);
});

test('a contact field without a chosen audience is shown to nobody', () => {
	const body = listingRequest({category: 'PEER', displayName: 'Ana', email: 'ana@example.org', emailAudience: 'EVERYONE',
		phoneAudience: 'SOMEONE', role: 'Help', title: 'Nurse'});

	assert.equal(body.emailAudience, 'EVERYONE');
	assert.equal(body.phoneAudience, 'NOBODY');
	assert.equal(body.locationAudience, 'NOBODY');
	assert.equal(body.phone, null);
	assert.equal(body.livedExperience, false, 'the mark only when the owner ticks it');
	assert.deepEqual(body.programs, []);
});

test('enum values become language key parts', () => {
	assert.equal(keyOf('CLINICAL_MEDICAL'), 'clinical-medical');
	assert.equal(keyOf('CHAMPIONS_AND_LEADERSHIP'), 'champions-and-leadership');
});

test('the suggestion box\'s Settings tab loads the champion directory\'s section, as the site settings portlet does', async () => {
	const {readFile} = await import('node:fs/promises');
	const source = await readFile(new URL('../../main/resources/META-INF/resources/peervoice-ui/pv-suggestion-box.js', import.meta.url),
		'utf8');

	assert.match(source, /^import '\.\/pv-champion-settings\.js';$/m);
});

test('a picture is shown only from a path on the portal itself', () => {
	assert.equal(portraitPath('/image/user_portrait?img_id=31&img_id_token=abc%3D&t=1'), true);
	for (const url of ['https://elsewhere.example/a.png', '//elsewhere.example/a.png', '/\\elsewhere.example', 'javascript:alert(1)',
		'data:image/png;base64,AAAA', '/image/a"onerror="x', '/image/a b', ' /image/a', '', null, undefined, 42, {}]) {
		assert.equal(portraitPath(url), false, String(url));
	}
});

test('the profile\'s fields are read-only only when the site\'s settings say they are not editable', () => {
	assert.equal(profileFieldsLocked({profileFieldsEditable: false}), true);
	assert.equal(profileFieldsLocked({profileFieldsEditable: true}), false);
	assert.equal(profileFieldsLocked({approvalRequired: true}), false, 'a server from before the setting');
	assert.equal(profileFieldsLocked(null), false, 'settings that could not be read');
});

test('a kept profile replaces the form\'s name, title and e-mail, and only those', () => {
	const stored = {displayName: 'Ana R.', email: 'old@example.org', phone: '+34912345678', title: 'Old title'};

	assert.deepEqual(PROFILE_FIELDS, ['displayName', 'title', 'email']);
	assert.deepEqual(withProfileFields(stored, {displayName: 'Ana Ruiz', title: 'Care Coordinator'}),
		{displayName: 'Ana Ruiz', email: '', phone: '+34912345678', title: 'Care Coordinator'}, 'a profile without an e-mail');
	assert.deepEqual(withProfileFields(stored, null), stored, 'no profile read: the form as it was');
	assert.equal(stored.displayName, 'Ana R.', 'the stored values are not changed');
});

test('each "who sees this" choice names its field, in English and Spanish, and no field reads as its API name', async () => {
	const {formatMessage, parseProperties} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-i18n.js');
	const content = new URL('../../main/resources/META-INF/resources/peervoice-ui/content/', import.meta.url);

	for (const [file, email, phone] of [['Language.properties', 'Who sees this: E-mail', 'Who sees this: Phone'],
		['Language_es.properties', 'Qui\u00e9n lo ve: Correo electr\u00f3nico', 'Qui\u00e9n lo ve: Tel\u00e9fono']]) {
		const texts = parseProperties(readFileSync(new URL(file, content), 'latin1'));
		const t = (key, ...args) => formatMessage(texts[key], args);

		assert.equal(championFieldLabel(t, 'emailAudience'), email);
		assert.equal(championFieldLabel(t, 'phoneAudience'), phone);
		const labels = ['email', 'phone', 'location', 'officeHours'].map((field) => championFieldLabel(t, `${field}Audience`));

		assert.equal(new Set(labels).size, 4, labels.join(' | '));
		assert.ok(labels.every((label) => !/Audience/.test(label)), labels.join(' | '));
	}
});
