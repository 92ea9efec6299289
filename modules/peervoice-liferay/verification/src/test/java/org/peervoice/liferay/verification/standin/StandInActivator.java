package org.peervoice.liferay.verification.standin;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.notification.NotificationDelivery;
import org.peervoice.core.notification.ReviewerDirectory;
import org.peervoice.rest.IdentityResolver;

/**
 * Stands in for the services the Liferay adapter bundle offers inside a portal: the portal
 * DataSource (here an in-memory HSQLDB), the IdentityResolver (here demo users over HTTP Basic
 * instead of Liferay users, auth verifiers and the PermissionChecker), and the notification
 * delivery, reviewer directory and people directory (here nobody).
 */
public class StandInActivator implements BundleActivator {

	@Override
	public void start(BundleContext bundleContext) {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl(System.getProperty("peervoice.osgi.database", "jdbc:hsqldb:mem:peervoice-osgi"));
		dataSource.setUser("SA");
		dataSource.setPassword("");
		Dictionary<String, Object> dataSourceProperties = new Hashtable<>();
		dataSourceProperties.put("peervoice.datasource", "stand-in");
		bundleContext.registerService(DataSource.class, dataSource, dataSourceProperties);
		bundleContext.registerService(IdentityResolver.class, new DemoIdentityResolver(), new Hashtable<>());
		// no portal notification center here: notifications go nowhere, and no site has reviewers
		bundleContext.registerService(NotificationDelivery.class, notification -> {
		}, new Hashtable<>());
		bundleContext.registerService(ReviewerDirectory.class, site -> List.of(), new Hashtable<>());
		// people directory: nobody to find
		bundleContext.registerService(PeopleDirectory.class, PeopleDirectory.NONE, new Hashtable<>());
	}

	@Override
	public void stop(BundleContext bundleContext) {
	}

}
