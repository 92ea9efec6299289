import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

// pv-site-settings.js defines a custom element when loaded; outside a browser there is none to define
globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {}};

const {ROLE_GROUPS, roleGroupKey} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-role-group-settings.js');
const CONTENT = '../../main/resources/META-INF/resources/peervoice-ui/content/';

function keys(file) {
	return new Set(readFileSync(new URL(CONTENT + file, import.meta.url), 'utf8').split('\n')
		.filter((line) => line && !line.startsWith('#')).map((line) => line.slice(0, line.indexOf('='))));
}

test('every role group of the API has a label in English and Spanish', () => {
	const openapi = readFileSync(new URL('../../../../peervoice-rest/src/main/resources/org/peervoice/rest/openapi/openapi.yaml',
		import.meta.url), 'utf8');
	const declared = openapi.match(/group: \{type: string, enum: \[([A-Z_, ]+)\]\}/)[1].split(', ');

	assert.deepEqual(ROLE_GROUPS, declared);

	for (const file of ['Language.properties', 'Language_es.properties']) {
		const known = keys(file);

		for (const group of ROLE_GROUPS) {
			assert.ok(known.has(roleGroupKey(group)), `${file}: ${roleGroupKey(group)}`);
		}
	}

	assert.equal(roleGroupKey('CLINICAL_STAFF'), 'role-group-clinical-staff');
});
