-- Notifications (docs/notifications.md). Portable SQL (HSQLDB, PostgreSQL, MariaDB): no vendor types, random string ids.

-- The outbox: an event is stored in the transaction of the change it reports and deleted when delivered, so a change
-- that rolls back leaves no event and a delivered event cannot be taken again. recipient_key names one identified
-- person; an event for reviewers names nobody and waits for the site's digest. Events of anonymous writes are stored
-- only by the mixing run, in its transaction. No user text.
CREATE TABLE PV_NOTIFICATION_OUTBOX (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	type VARCHAR(40) NOT NULL,
	digest_entry VARCHAR(40),
	item_id VARCHAR(36),
	recipient_key VARCHAR(75),
	detail VARCHAR(40),
	created_at TIMESTAMP NOT NULL,
	CONSTRAINT PV_NOTIFICATION_OUTBOX_PK PRIMARY KEY (id)
);

CREATE INDEX PV_NOTIFICATION_OUTBOX_SITE_IX ON PV_NOTIFICATION_OUTBOX (company_id, site_id, recipient_key);

-- Notifications PeerVoice delivers itself (the dev portal's bell): codes and counts, never user text or a writer.
-- One source (event or digest run) reaches one person once.
CREATE TABLE PV_NOTIFICATION (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	recipient_key VARCHAR(75) NOT NULL,
	type VARCHAR(40) NOT NULL,
	item_id VARCHAR(36),
	detail VARCHAR(40),
	new_items INTEGER NOT NULL,
	writer_replies INTEGER NOT NULL,
	source_id VARCHAR(36) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	read_at TIMESTAMP,
	CONSTRAINT PV_NOTIFICATION_PK PRIMARY KEY (id),
	CONSTRAINT PV_NOTIFICATION_SOURCE_UQ UNIQUE (source_id, recipient_key)
);

CREATE INDEX PV_NOTIFICATION_RECIPIENT_IX ON PV_NOTIFICATION (company_id, recipient_key, created_at);

-- A person's choice per notification type; without a row the type is on.
CREATE TABLE PV_NOTIFICATION_PREFERENCE (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	user_key VARCHAR(75) NOT NULL,
	type VARCHAR(40) NOT NULL,
	enabled BOOLEAN NOT NULL,
	CONSTRAINT PV_NOTIFICATION_PREFERENCE_PK PRIMARY KEY (id),
	CONSTRAINT PV_NOTIFICATION_PREFERENCE_UQ UNIQUE (company_id, user_key, type)
);

-- One row per site that has had reviewer events: when its last digest was sent. A digest run locks it, so one node sends.
CREATE TABLE PV_NOTIFICATION_DIGEST (
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	last_sent_at TIMESTAMP NOT NULL,
	CONSTRAINT PV_NOTIFICATION_DIGEST_PK PRIMARY KEY (company_id, site_id)
);

-- How often a site's reviewers get a digest of their queue: daily unless the site chooses 1 hour to 1 week.
ALTER TABLE PV_SUGGESTION_SETTINGS ADD COLUMN digest_period_minutes INTEGER DEFAULT 1440 NOT NULL;

-- Unread marks: how far into an item's private thread a reviewer or its identified writer has read (its last position
-- seen). Nothing about anonymous writers: they see what is new with their receipt, computed, nothing stored. No
-- foreign key to PV_SUGGESTION, whose anonymous rows the mixing rewrites.
CREATE TABLE PV_THREAD_READ (
	id VARCHAR(36) NOT NULL,
	suggestion_id VARCHAR(36) NOT NULL,
	reader_key VARCHAR(75) NOT NULL,
	read_seq INTEGER NOT NULL,
	CONSTRAINT PV_THREAD_READ_PK PRIMARY KEY (id),
	CONSTRAINT PV_THREAD_READ_UQ UNIQUE (suggestion_id, reader_key)
);
