package org.peervoice.it.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;

/** Registers the dev portal as an Arquillian container, and what it offers to tests. */
public class DevPortalExtension implements LoadableExtension {

	@Override
	public void register(ExtensionBuilder builder) {
		builder.service(DeployableContainer.class, DevPortalContainer.class);
		builder.service(ResourceProvider.class, RunningDevPortalProvider.class);
	}

}
