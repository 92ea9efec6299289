import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';

import {CSRF_TOKEN_HEADER, PeerVoiceApi} from '../../main/resources/META-INF/resources/peervoice-ui/pv-api.js';

const realFetch = globalThis.fetch;
let sent;

function answerWith(status, body) {
	sent = [];
	globalThis.fetch = async (url, init) => {
		sent.push({init, url});

		return new Response(body === undefined ? null : JSON.stringify(body), {status});
	};
}

afterEach(() => {
	globalThis.fetch = realFetch;
});

test('the token travels in the header Liferay reads when there is no p_auth parameter', () => {
	assert.equal(CSRF_TOKEN_HEADER, 'X-CSRF-Token');
});

test('every request carries the session\'s CSRF token, reads included', async () => {
	answerWith(200, {});
	const api = new PeerVoiceApi('/o/peer-voice/v1.0/', 'Qm7tX2pa');

	await api.get('/sites/20121/suggestions', {page: 2});
	await api.post('/sites/20121/suggestions', {title: 't'});
	await api.put('/sites/20121/settings', {});
	await api.delete('/sites/20121/suggestions/7/vote');

	assert.deepEqual(sent.map(request => [request.init.method, request.url]), [
		['GET', '/o/peer-voice/v1.0/sites/20121/suggestions?page=2'],
		['POST', '/o/peer-voice/v1.0/sites/20121/suggestions'],
		['PUT', '/o/peer-voice/v1.0/sites/20121/settings'],
		['DELETE', '/o/peer-voice/v1.0/sites/20121/suggestions/7/vote'],
	]);

	for (const request of sent) {
		assert.equal(request.init.headers[CSRF_TOKEN_HEADER], 'Qm7tX2pa', request.init.method);
		assert.equal(request.init.credentials, 'same-origin');
	}
});

test('requests ask for the viewer\'s language, so problems come back in it', async () => {
	answerWith(200, {});
	await new PeerVoiceApi('/o/peer-voice/v1.0', 'Qm7tX2pa', 'es').get('/sites');
	await new PeerVoiceApi('/o/peer-voice/v1.0', 'Qm7tX2pa', 'es').post('/sites', {});
	await new PeerVoiceApi('/o/peer-voice/v1.0', 'Qm7tX2pa', 'es').getIfChanged('/sites', {}, null);

	assert.deepEqual(sent.map(request => request.init.headers['Accept-Language']), ['es', 'es', 'es']);
});

test('without a token no empty header is sent', async () => {
	answerWith(200, {});

	await new PeerVoiceApi('/o/peer-voice/v1.0', '').get('/sites');

	assert.equal(Object.keys(sent[0].init.headers).includes(CSRF_TOKEN_HEADER), false);
});

test('a refusal becomes an ApiProblem with the problem\'s status and title', async () => {
	answerWith(401, {status: 401, title: 'Not signed in', type: 'not-signed-in'});

	await assert.rejects(new PeerVoiceApi('/o/peer-voice/v1.0', 't').get('/sites'), {name: 'ApiProblem', status: 401, title: 'Not signed in'});
});

// town hall
test('a conditional read sends the last ETag and reads 304 as "unchanged", anything else with its new ETag', async () => {
	sent = [];
	let status = 304;
	globalThis.fetch = async (url, init) => {
		sent.push({init, url});

		return status === 304 ? new Response(null, {status: 304})
			: new Response(JSON.stringify({version: 2}), {headers: {ETag: '"v2"'}, status: 200});
	};
	const api = new PeerVoiceApi('/o/peer-voice/v1.0', 't');

	assert.deepEqual(await api.getIfChanged('/town-halls/7/live', {}, '"v1"'), {changed: false, etag: '"v1"'});
	assert.equal(sent[0].init.headers['If-None-Match'], '"v1"');
	assert.equal(sent[0].init.cache, 'no-store');
	status = 200;
	assert.deepEqual(await api.getIfChanged('/town-halls/7/live', {}, null), {body: {version: 2}, changed: true, etag: '"v2"'});
	assert.equal(Object.keys(sent[1].init.headers).includes('If-None-Match'), false);
});
