package org.peervoice.it.arquillian;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** Properties of a container in arquillian.xml. */
public class DevPortalContainerConfiguration implements ContainerConfiguration {

	private String database = "hsqldb";
	private boolean seedDemoData = true;

	public String getDatabase() {
		return database;
	}

	public void setDatabase(String database) {
		this.database = database;
	}

	public boolean isSeedDemoData() {
		return seedDemoData;
	}

	public void setSeedDemoData(boolean seedDemoData) {
		this.seedDemoData = seedDemoData;
	}

	@Override
	public void validate() throws ConfigurationException {
		if (!"hsqldb".equals(database) && !"postgresql".equals(database) && !"mariadb".equals(database)) {
			throw new ConfigurationException("database must be hsqldb, postgresql or mariadb, not " + database);
		}
	}

}
