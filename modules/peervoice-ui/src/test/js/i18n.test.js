import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

import {formatMessage, parseProperties, supportedLanguage} from '../../main/resources/META-INF/resources/peervoice-ui/pv-i18n.js';

const content = new URL('../../main/resources/META-INF/resources/peervoice-ui/content/', import.meta.url);

test('reads Liferay properties: escapes, separators, continuations, comments', () => {
	assert.deepEqual(parseProperties('# c\n! c\na=1\nb : 2\nc 3\nd=caf\\u00e9\ne=one \\\n   two\nf=a\\=b\\:c\n'), {
		a: '1', b: '2', c: '3', d: 'caf\u00e9', e: 'one two', f: 'a=b:c',
	});
});

test('the Spanish bundle decodes to the same keys as the English one', () => {
	const english = parseProperties(readFileSync(new URL('Language.properties', content), 'latin1'));
	const spanish = parseProperties(readFileSync(new URL('Language_es.properties', content), 'latin1'));

	assert.deepEqual(Object.keys(spanish).sort(), Object.keys(english).sort());
	assert.equal(spanish['settings'], 'Configuraci\u00f3n');
});

test('fills numbered placeholders and leaves unknown ones', () => {
	assert.equal(formatMessage('{0} of {1} ({2})', [3, 10]), '3 of 10 ({2})');
});

test('speaks Spanish to any Spanish locale and English to the rest', () => {
	assert.deepEqual(['es', 'es_ES', 'es-MX', 'ES', 'en', 'fr_FR', '', null].map(supportedLanguage),
		['es', 'es', 'es', 'es', 'en', 'en', 'en', 'en']);
});

test('the Spanish texts address the reader as usted throughout, the notifications included (no tú forms)', () => {
	const tu = /(^|[^\p{L}])(tu|tus|te|ti|tienes|debes|puedes|quieres|participas|eres)(?![\p{L}])/iu;
	const bundles = [new URL('Language_es.properties', content),
		new URL('../../../../peervoice-liferay/adapter/src/main/resources/content/Language_es.properties', import.meta.url)];

	for (const bundle of bundles) {
		const spanish = parseProperties(readFileSync(bundle, 'latin1'));
		const informal = Object.entries(spanish).filter(([, text]) => tu.test(text)).map(([key, text]) => `${key}=${text}`);

		assert.deepEqual(informal, [], bundle.pathname);
	}
});

test('the Spanish texts quote with « », as most of them do, not with English straight quotes', () => {
	const spanish = parseProperties(readFileSync(new URL('Language_es.properties', content), 'latin1'));

	assert.deepEqual(Object.entries(spanish).filter(([, text]) => text.includes('"')).map(([key]) => key), []);
});
