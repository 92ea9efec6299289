/**
 * The PeerVoice REST API (docs/api-contract.md) as seen from the browser: JSON in and out,
 * the session cookie, and the CSRF token on every request. Failures become ApiProblem.
 * Request bodies may hold receipts, so nothing here ever logs them.
 */

/**
 * Where the session's CSRF token (Liferay's p_auth) travels. Liferay checks it on reads too and
 * treats a signed-in browser's request without it as the guest's (docs/liferay/access-and-auth.md).
 */
export const CSRF_TOKEN_HEADER = 'X-CSRF-Token';

export class ApiProblem extends Error {
	constructor(status, problem) {
		super((problem && problem.title) || `HTTP ${status}`);
		this.name = 'ApiProblem';
		this.status = status;
		this.problem = problem || {};
	}

	get title() {
		return this.problem.title || null;
	}

	get errors() {
		return this.problem.errors || {};
	}

	get warnings() {
		return this.problem.warnings || [];
	}

	get unreachable() {
		return this.status === 0;
	}
}

export class PeerVoiceApi {
	// language: the viewer's, sent as Accept-Language so that problems come back in it (docs/api-contract.md, "Problems")
	constructor(apiBase, csrfToken, language) {
		this.apiBase = String(apiBase || '/o/peer-voice/v1.0').replace(/\/$/, '');
		this.csrfToken = csrfToken || '';
		this.language = language || '';
	}

	headers() {
		const headers = {Accept: 'application/json, application/problem+json'};

		if (this.csrfToken) {
			headers[CSRF_TOKEN_HEADER] = this.csrfToken;
		}

		if (this.language) {
			headers['Accept-Language'] = this.language;
		}

		return headers;
	}

	get(path, query) {
		return this.send('GET', path + queryString(query));
	}

	post(path, body) {
		return this.send('POST', path, body === undefined ? {} : body);
	}

	put(path, body) {
		return this.send('PUT', path, body);
	}

	delete(path) {
		return this.send('DELETE', path);
	}

	/**
	 * A conditional GET for live views (docs/town-hall.md, "Live updates"): with the ETag of the last answer, the server
	 * answers 304 when nothing changed. Resolves to {changed: false} then, else to {changed: true, etag, body}.
	 */
	async getIfChanged(path, query, etag) {
		const headers = this.headers();

		if (etag) {
			headers['If-None-Match'] = etag;
		}

		let response;

		try {
			response = await fetch(this.apiBase + path + queryString(query), {cache: 'no-store', credentials: 'same-origin', headers});
		}
		catch (networkError) {
			throw new ApiProblem(0, null);
		}

		if (response.status === 304) {
			return {changed: false, etag};
		}

		const payload = await readJson(response);

		if (!response.ok) {
			throw new ApiProblem(response.status, payload);
		}

		return {body: payload, changed: true, etag: response.headers.get('ETag')};
	}

	async send(method, path, body) {
		const headers = this.headers();
		const init = {credentials: 'same-origin', headers, method};

		if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
			init.body = JSON.stringify(body);
		}

		let response;

		try {
			response = await fetch(this.apiBase + path, init);
		}
		catch (networkError) {
			throw new ApiProblem(0, null);
		}

		const payload = await readJson(response);

		if (!response.ok) {
			throw new ApiProblem(response.status, payload);
		}

		return payload;
	}
}

async function readJson(response) {
	if (response.status === 204) {
		return null;
	}

	const text = await response.text();

	if (!text) {
		return null;
	}

	try {
		return JSON.parse(text);
	}
	catch (notJson) {
		return null;
	}
}

export function queryString(query) {
	const parameters = new URLSearchParams();

	for (const [name, value] of Object.entries(query || {})) {
		if (value !== null && value !== undefined && value !== '') {
			parameters.append(name, String(value));
		}
	}

	const text = parameters.toString();

	return text ? `?${text}` : '';
}

export function encodeId(id) {
	return encodeURIComponent(String(id));
}
