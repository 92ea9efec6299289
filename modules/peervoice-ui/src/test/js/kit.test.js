import assert from 'node:assert/strict';
import {test} from 'node:test';

import {ApiProblem} from '../../main/resources/META-INF/resources/peervoice-ui/pv-api.js';
import {createKit, distinctWarnings} from '../../main/resources/META-INF/resources/peervoice-ui/pv-kit.js';
import {readFileSync} from 'node:fs';

const t = (key, ...args) => (args.length ? `${key}(${args.join(',')})` : key);

test('field errors are said by code, never in the server\'s English', () => {
	const kit = createKit(t, {codeMessages: {'unknown-category': () => 'pick one'}, limits: {title: 150}});
	const problem = new ApiProblem(400, {
		errorCodes: {body: 'required', category: 'unknown-category', title: 'too-long', x: 'new-code'},
		errors: {body: 'must not be blank', category: 'unknown', title: 'too long', x: 'some English'},
		title: 'Invalid input',
	});

	assert.deepEqual(kit.fieldErrors(problem), {
		body: 'text-error-required',
		category: 'pick one',
		title: 'text-error-too-long-x(150)',
		x: 'some English',
	});
	assert.equal(kit.codeMessage('new-code', 'x'), 'check-this-field');
});

test('statuses the UI explains itself win over the server\'s title', () => {
	const kit = createKit(t);

	assert.equal(kit.problemTitle(new ApiProblem(0, null)), 'the-server-could-not-be-reached');
	assert.equal(kit.problemTitle(new ApiProblem(401, {title: 'Not signed in'})), 'your-session-has-ended-sign-in-again');
	assert.equal(kit.problemTitle(new ApiProblem(429, {title: 'Too many'})), 'too-many-requests-try-again-later');
	assert.equal(kit.problemTitle(new ApiProblem(404, {title: 'No such town hall.'})), 'this-item-does-not-exist-or-you-cannot-see-it');
	assert.equal(kit.problemTitle(new Error('bug')), 'something-went-wrong');
});

test('a 503 is a brief unavailability unless the server says an administrator must configure something', () => {
	const kit = createKit(t);
	const unavailable = 'the-service-is-briefly-unavailable-try-again-in-a-moment';

	assert.equal(kit.problemTitle(new ApiProblem(503, {status: 503, title: 'The service is briefly unavailable',
		type: 'https://peervoice.org/problems/service-unavailable'})), unavailable);
	assert.equal(kit.problemTitle(new ApiProblem(503, null)), unavailable, 'a proxy\'s 503 without problem details');
	assert.equal(kit.problemTitle(new ApiProblem(503, {type: 'https://peervoice.org/problems/not-configured'})),
		'votes-are-unavailable-until-an-administrator-completes-the-set-up');
});

test('a privacy warning is listed once, however often the screen found it', () => {
	const found = [
		{code: 'email', excerpt: 'a@example.org', field: 'body'},
		{code: 'email', excerpt: 'a@example.org', field: 'body'},
		{code: 'email', excerpt: ' A@example.org', field: 'body'},
		{code: 'email', excerpt: 'b@example.org', field: 'body'},
		{code: 'email', excerpt: 'a@example.org', field: 'title'},
		{code: 'phone', field: 'body'},
		{code: 'phone', field: 'body'},
	];

	assert.deepEqual(distinctWarnings(found).map((warning) => `${warning.field} ${warning.code} ${warning.excerpt || ''}`),
		['body email a@example.org', 'body email b@example.org', 'title email a@example.org', 'body phone ']);
	assert.deepEqual(distinctWarnings(undefined), []);
});

test('every element shows privacy warnings through the kit, whose buttons sit apart in a button row', () => {
	const source = (name) => readFileSync(new URL(`../../main/resources/META-INF/resources/peervoice-ui/${name}`, import.meta.url), 'utf8');

	for (const name of ['pv-suggestion-box.js', 'pv-town-hall.js', 'pv-recognition-board.js']) {
		assert.match(source(name), /this\.kit\.privacyWarnings\(/, name);
		assert.doesNotMatch(source(name), /'data-action': 'post-anyway'/, `${name} draws the warning's buttons itself`);
	}

	assert.match(source('pv-base.css'), /\.pv-ui \.pv-button-row \{[^}]*gap: 0\.75rem;/);
});
