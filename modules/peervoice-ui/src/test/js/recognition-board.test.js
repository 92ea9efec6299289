import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

import {installFakeDom} from './fake-dom.js';

installFakeDom();
globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {
	return undefined;
}};

const {RECOGNITION_LIMITS, ROLES, boardQuery, certificateUrl, equityCellText, headingText, linkedRecognition, monthLabel, recognitionRequest, roleGroupLabelKey,
	valueLabel} = await import(
	'../../main/resources/META-INF/resources/peervoice-ui/pv-recognition-board.js');
const {parseProperties} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-i18n.js');
const {element} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-dom.js');

test('the request body carries the chosen people, values and visibility, and is private only when chosen', () => {
	assert.deepEqual(recognitionRequest({message: 'Thanks', recipients: ['u1', 'u2'], values: ['hope'], visibility: 'PRIVATE'}),
		{confirmed: false, message: 'Thanks', recipients: ['u1', 'u2'], values: ['hope'], visibility: 'PRIVATE'});
	assert.equal(recognitionRequest({visibility: 'SOMETHING'}).visibility, 'BOARD');
	assert.equal(recognitionRequest({confirmed: 'yes'}).confirmed, true);
});

test('the board query keeps only a known period and a value of the site', () => {
	assert.deepEqual(boardQuery({page: 2, period: 'MONTH', value: 'hope'}, ['hope']), {page: 2, period: 'MONTH', value: 'hope'});
	assert.deepEqual(boardQuery({page: 1, period: 'DECADE', value: 'speed'}, ['hope']), {page: null});
});

test('a person filter sends the chosen user key with what they did, received unless gave was chosen, and nothing without a person', () => {
	const rosa = {displayName: 'Rosa', userKey: 'u-rosa'};

	assert.deepEqual(boardQuery({page: 1, person: rosa, role: 'GIVEN'}, []), {page: null, person: 'u-rosa', role: 'GIVEN'});
	assert.deepEqual(boardQuery({page: 1, person: rosa, role: 'STOLEN'}, []), {page: null, person: 'u-rosa', role: 'RECEIVED'});
	assert.deepEqual(boardQuery({page: 1, person: rosa}, []), {page: null, person: 'u-rosa', role: 'RECEIVED'});
	for (const nobody of [null, undefined, {}, {userKey: ''}, {userKey: 42}, 'u-rosa']) {
		assert.deepEqual(boardQuery({page: 1, person: nobody, role: 'GIVEN'}, []), {page: null}, String(nobody));
	}
});

test('the person filter\'s roles are the API\'s RecognitionRole', () => {
	const yaml = readFileSync(new URL('../../../../peervoice-rest/src/main/resources/org/peervoice/rest/openapi/openapi.yaml', import.meta.url), 'utf8');
	const schema = yaml.slice(yaml.indexOf('    RecognitionRole:'));
	const values = schema.slice(schema.indexOf('enum:'), schema.indexOf(']')).replace('enum:', '').replace('[', '').split(',').map((each) => each.trim());

	assert.deepEqual([...values].sort(), [...ROLES].sort());
});

test('a default value is translated, a value the administrator wrote shows as written', () => {
	const t = (key) => ({'recognition-value-hope': 'Esperanza'}[key] || key);

	assert.equal(valueLabel(t, 'hope'), 'Esperanza');
	assert.equal(valueLabel(t, 'Team spirit'), 'Team spirit');
});

test('every default value has a text in English and Spanish', () => {
	const folder = new URL('../../main/resources/META-INF/resources/peervoice-ui/content/', import.meta.url);

	for (const file of ['Language.properties', 'Language_es.properties']) {
		const texts = parseProperties(readFileSync(new URL(file, folder), 'utf8'));

		for (const value of ['recovery-oriented', 'person-centered', 'voluntary', 'relationship-focused', 'trauma-informed', 'hope',
			'mutuality', 'lived-experience', 'self-determination', 'dignity', 'non-judgment']) {
			assert.ok(texts[`recognition-value-${value}`], `${file} recognition-value-${value}`);
		}
	}
});

test('the limits are the API limits', () => {
	assert.equal(RECOGNITION_LIMITS.RECOGNITION_MESSAGE_MAX, 1000);
	assert.equal(RECOGNITION_LIMITS.RECOGNITION_COMMENT_MAX, 300);
});

test('a recipient downloads their certificate in their language, English otherwise', () => {
	assert.equal(certificateUrl('/o/peer-voice/v1.0', '20121', 'a b', 'es'),
		'/o/peer-voice/v1.0/sites/20121/recognitions/a%20b/certificate.pdf?locale=es');
	assert.ok(certificateUrl('/api', '1', 'x', 'fr').endsWith('?locale=en'));
});

test('a link to one recognition is read from the fragment, next to other components\' state', () => {
	assert.equal(linkedRecognition('#pv-recognition=3cb533cd-5245-4887-a6c3-2e02115bb193&pvc-tab=mine'),
		'3cb533cd-5245-4887-a6c3-2e02115bb193');
	assert.equal(linkedRecognition('#pv-suggestion=abc'), null);
	assert.equal(linkedRecognition(''), null);
	assert.equal(linkedRecognition(`#pv-recognition=${'x'.repeat(37)}`), null);
});

test('an equity cell shows "fewer than 5", a count, or a count and a figure per person', () => {
	const t = (key, ...args) => ({'recognition-equity-fewer-than-five': 'menos de 5', 'recognition-equity-x-per-person': `${args[0]} por persona`}[key]
		|| key);

	assert.equal(equityCellText(t, {month: '2027-03', perHead: null, received: null}, 'es'), 'menos de 5');
	assert.equal(equityCellText(t, {month: '2027-03', perHead: null, received: 7}, 'es'), '7');
	assert.equal(equityCellText(t, {month: '2027-03', perHead: 1.5, received: 12}, 'es'), '12 (1,5 por persona)');
	assert.match(monthLabel('2027-03', 'en'), /March 2027/);
	assert.match(monthLabel('2027-03', 'es'), /marzo/);
	assert.equal(monthLabel('soon', 'en'), 'soon');
});

test('every equity text and role group has English and Spanish', () => {
	const folder = new URL('../../main/resources/META-INF/resources/peervoice-ui/content/', import.meta.url);

	for (const file of ['Language.properties', 'Language_es.properties']) {
		const texts = parseProperties(readFileSync(new URL(file, folder), 'utf8'));

		for (const group of ['PEER_STAFF', 'CLINICAL_STAFF', 'OTHER_STAFF', 'LEADERSHIP']) {
			assert.ok(texts[roleGroupLabelKey(group)], `${file} ${group}`);
		}

		for (const key of ['recognition-tab-equity', 'recognition-equity-fewer-than-five', 'recognition-equity-x-per-person',
			'recognition-equity-download-csv', 'recognition-download-certificate', 'recognition-linked', 'recognition-show-board']) {
			assert.ok(texts[key], `${file} ${key}`);
		}
	}
});

test('the recognition settings take one value a line, without blanks or repeats', async () => {
	const {recognitionSettingsRequest} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-recognition-settings.js');

	assert.deepEqual(recognitionSettingsRequest(' hope \n\nTeam spirit\nhope\n', 1, '7'),
		{dailyLimit: 7, publicByDefault: true, values: ['hope', 'Team spirit']});
});

test('the recognition settings show each value in the viewer\'s language and keep a default value\'s key when saved', async () => {
	const {recognitionSettingsRequest} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-recognition-settings.js');
	const {valuesText} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-recognition-values.js');
	const t = (key) => ({'recognition-value-hope': 'Esperanza', 'recognition-value-recovery-oriented': 'Orientaci\u00f3n a la recuperaci\u00f3n'}[key] || key);
	const read = ['recovery-oriented', 'hope', 'Team spirit'];

	assert.equal(valuesText(t, read), 'Orientaci\u00f3n a la recuperaci\u00f3n\nEsperanza\nTeam spirit');
	assert.deepEqual(recognitionSettingsRequest('Orientaci\u00f3n a la recuperaci\u00f3n\n esperanza \nTeam spirit\nKindness\nhope', true, '5', t, read).values,
		['recovery-oriented', 'hope', 'Team spirit', 'Kindness']);
});

test('a comment refused for disclosing health, a comment\'s warnings and a recipient named in the message have English and Spanish texts',
	() => {
	const folder = new URL('../../main/resources/META-INF/resources/peervoice-ui/content/', import.meta.url);
	const [en, es] = ['Language.properties', 'Language_es.properties'].map((file) => parseProperties(readFileSync(new URL(file, folder), 'utf8')));

	for (const key of ['recognition-error-comment-health-disclosure', 'recognition-comment-warnings-intro', 'recognition-warning-recipient-name', 'recognition-message-withheld']) {
		assert.ok(en[key], key);
		assert.ok(es[key], key);
		assert.notEqual(en[key], es[key], key);
	}
	assert.match(es['recognition-error-comment-health-disclosure'], /recuperación/);
	// the code the API gives (RecognitionBoard.HEALTH_DISCLOSURE) is the one the board translates
	assert.match(readFileSync(new URL('../pv-recognition-board.js', folder), 'utf8'),
		/includes\('health-disclosure'\)[^]*this\.t\('recognition-error-comment-health-disclosure'\)/);
});

test('a heading starts with a capital when the viewer gave it, and reads as Spanish when the viewer received it', () => {
	const content = new URL('../../main/resources/META-INF/resources/peervoice-ui/content/', import.meta.url);
	const texts = (file) => parseProperties(readFileSync(new URL(file, content), 'latin1'));
	const translator = (file) => {
		const found = texts(file);

		return (key, ...args) => found[key].replace(/\{(\d)\}/g, (all, index) => args[Number(index)]);
	};
	const es = translator('Language_es.properties');
	const en = translator('Language.properties');
	const heading = (t, item) => element('h4', null, headingText(t, item)).textContent;
	const given = {givenByMe: true, giverName: 'Alex Rivera', recipients: [{me: false, name: 'Elena Castillo'}]};
	const received = {givenByMe: false, giverName: 'Ethan Clarke', recipients: [{me: true, name: 'Alex Rivera'}, {me: false, name: 'Raj Patel'}]};

	assert.equal(heading(en, given), 'You recognized Elena Castillo');
	assert.equal(heading(es, given), 'Usted reconoci\u00f3 a Elena Castillo');
	assert.equal(heading(en, received), 'Ethan Clarke recognized you, Raj Patel');
	// "reconoci\u00f3 a usted" is not Spanish (it needs "le"): the Spanish names giver and recipients without the verb
	assert.equal(heading(es, received), 'Reconocimiento de Ethan Clarke para usted, Raj Patel');
});
