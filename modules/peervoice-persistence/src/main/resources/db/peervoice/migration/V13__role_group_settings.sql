-- How each site places its people in role groups for aggregate views (the recognition board's equity): the site
-- administrator's rules, one a line (SiteRoleGroupSettings). A site without a row uses the defaults.
CREATE TABLE PV_ROLE_GROUP_SETTINGS (
	id VARCHAR(36) NOT NULL,
	company_id BIGINT NOT NULL,
	site_id BIGINT NOT NULL,
	rules VARCHAR(5079) NOT NULL,
	version INTEGER NOT NULL,
	CONSTRAINT PV_ROLE_GROUP_SETTINGS_PK PRIMARY KEY (id),
	CONSTRAINT PV_ROLE_GROUP_SETTINGS_SITE_UQ UNIQUE (company_id, site_id)
);
