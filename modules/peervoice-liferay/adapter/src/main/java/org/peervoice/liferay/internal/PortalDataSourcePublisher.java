package org.peervoice.liferay.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.sql.DataSource;

import com.liferay.portal.kernel.util.InfrastructureUtil;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Offers the portal's own DataSource to the PeerVoice service bundle, which stays free of
 * Liferay classes: PeerVoice tables live in the portal database beside Liferay's.
 */
@Component(immediate = true, service = {})
public class PortalDataSourcePublisher {

	static final String DATA_SOURCE_PROPERTY = "peervoice.datasource";

	private final ServiceRegistration<DataSource> registration;

	@Activate
	public PortalDataSourcePublisher(BundleContext bundleContext) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(DATA_SOURCE_PROPERTY, "portal");
		registration = bundleContext.registerService(DataSource.class, InfrastructureUtil.getDataSource(), properties);
	}

	@Deactivate
	void withdraw() {
		registration.unregister();
	}

}
