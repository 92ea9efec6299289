import assert from 'node:assert/strict';
import {test} from 'node:test';

import {readFragment, writeFragment} from '../../main/resources/META-INF/resources/peervoice-ui/pv-location.js';

test('reads only its own parameters, without the prefix', () => {
	assert.deepEqual(readFragment('#pv-tab=board&pv-status=DONE&other=1&pv-=x', 'pv-'), {status: 'DONE', tab: 'board'});
	assert.deepEqual(readFragment('', 'pv-'), {});
	assert.deepEqual(readFragment('#content', 'pv-'), {});
});

test('ignores malformed escapes instead of failing', () => {
	assert.deepEqual(readFragment('#pv-tab=%E0%A4%A&pv-page=2', 'pv-'), {page: '2'});
});

test('writes its parameters and keeps the host\'s fragment in place', () => {
	assert.equal(writeFragment('#content&pv-tab=done&host=a%20b', 'pv-', {page: 2, status: '', tab: 'board'}),
		'#content&host=a%20b&pv-page=2&pv-tab=board');
	assert.equal(writeFragment('#pv-tab=done', 'pv-', {}), '');
});

test('what it writes it reads back, for any text', () => {
	const samples = ['board', 'a b', 'x&y=z', '#hash', 'ñandú', '100%', '+plus', 'emoji \u{1F600}', '='];

	for (const value of samples) {
		for (const host of ['', '#content', '#a=1&b']) {
			const hash = writeFragment(host, 'pv-', {category: value, page: 3});

			assert.deepEqual(readFragment(hash, 'pv-'), {category: value, page: '3'}, `${host} ${value}`);
			assert.equal(writeFragment(hash, 'pv-', {}), host, 'the host fragment comes back as it was');
		}
	}
});
