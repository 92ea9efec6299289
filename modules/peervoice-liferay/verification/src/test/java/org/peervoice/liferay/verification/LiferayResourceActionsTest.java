package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.liferay.portal.kernel.exception.ResourceActionsException;
import com.liferay.portal.kernel.service.PortletLocalService;
import com.liferay.portal.kernel.xml.UnsecureSAXReaderUtil;
import com.liferay.portal.security.permission.ResourceActionsImpl;
import com.liferay.portal.security.xml.SecureXMLFactoryProviderImpl;
import com.liferay.portal.xml.SAXReaderImpl;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Liferay reads resource-actions/default.xml of every bundle that ships one with its own
 * {@code ResourceActionsImpl} and XML reader, which validates against Liferay's DTDs. Here the
 * same classes (release.portal.api) read the built bundles as the portal would at deployment,
 * and what comes out must be what the core declares once: every {@link Permission} an action of
 * the {@code org.peervoice} model resource, the site-member defaults of {@link PeerVoiceRole},
 * nothing for guests but, at most, viewing.
 */
class LiferayResourceActionsTest {

	static final String RESOURCE_ACTIONS = "resource-actions/default.xml";
	static final String MODEL = "org.peervoice";
	static final String DTD_PUBLIC_ID = "-//Liferay//DTD Resource Action Mapping 7.4.0//EN";
	static final String DTD_IN_PORTAL_API = "com/liferay/portal/definitions/liferay-resource-action-mapping_7_4_0.dtd";
	/** Actions Liferay itself gives every portlet and model resource. */
	static final Set<String> PORTLET_ACTIONS = Set.of("ADD_TO_PAGE", "CONFIGURATION", "PERMISSIONS", "PREFERENCES", "VIEW");

	private static ResourceActionsImpl resourceActions;
	private static List<String> builtPortlets;

	@TempDir
	static Path workDirectory;

	@BeforeAll
	static void readEveryBundleAsThePortalDoes() throws Exception {
		useLiferaysXmlReader();
		resourceActions = newResourceActions();
		for (File bundle : BuiltBundles.holding(RESOURCE_ACTIONS)) {
			try (URLClassLoader classLoader = new URLClassLoader(new URL[] {bundle.toURI().toURL()}, null)) {
				resourceActions.populateModelResources(classLoader, new String[] {RESOURCE_ACTIONS}, false);
				resourceActions.populatePortletResources(classLoader, new String[] {RESOURCE_ACTIONS}, false);
			}
		}
		builtPortlets = new ArrayList<>();
		for (File bundle : BuiltBundles.all()) {
			for (ComponentDescriptors.Component component : ComponentDescriptors.of(bundle)) {
				String portletName = component.properties.get("javax.portlet.name");
				if (portletName != null) {
					builtPortlets.add(portletName);
				}
			}
		}
		assertFalse(builtPortlets.isEmpty(), "no portlet was built");
	}

	@Test
	void everyFileNamesTheLiferay740DtdAndIsValidAgainstTheOneInThePortalApi() throws Exception {
		for (File bundle : BuiltBundles.holding(RESOURCE_ACTIONS)) {
			byte[] xml = BuiltBundles.entry(bundle, RESOURCE_ACTIONS);
			assertTrue(new String(xml, StandardCharsets.UTF_8).contains("\"" + DTD_PUBLIC_ID + "\""), bundle.getName() + " does not name the 7.4.0 DTD");
			validateAgainstThePortalApisDtd(xml);
		}
	}

	@Test
	void theModelResourceHoldsEveryPermissionAndTheSiteMemberDefaultsOfTheCore() {
		assertEquals(List.of(MODEL), resourceActions.getModelNames());
		// Liferay adds PERMISSIONS to every model resource.
		Set<String> expected = names(EnumSet.allOf(Permission.class));
		expected.add("PERMISSIONS");
		assertEquals(expected, new TreeSet<>(resourceActions.getModelResourceActions(MODEL)));
		assertEquals(names(PeerVoiceRole.SITE_MEMBER.permissions()), new TreeSet<>(resourceActions.getModelResourceGroupDefaultActions(MODEL)));
		assertTrue(resourceActions.getModelResourceActions(MODEL).containsAll(names(PeerVoiceRole.SITE_ADMINISTRATOR.permissions())));
	}

	@Test
	void guestsGetNothingAndCanBeGivenAtMostViewing() {
		assertEquals(List.of(), resourceActions.getModelResourceGuestDefaultActions(MODEL));
		assertEquals(List.of(), resourceActions.getModelResourceOwnerDefaultActions(MODEL));
		Set<String> allButView = names(EnumSet.complementOf(EnumSet.of(Permission.VIEW)));
		assertEquals(allButView, new TreeSet<>(resourceActions.getModelResourceGuestUnsupportedActions(MODEL)));
	}

	@Test
	void theModelResourceIsTheRootResourceOfThePortletsItNames() {
		assertTrue(resourceActions.isRootModelResource(MODEL));
		List<String> portlets = resourceActions.getModelPortletResources(MODEL);
		assertFalse(portlets.isEmpty(), MODEL + " names no portlet; Liferay shows its permissions under none");
		for (String portlet : portlets) {
			assertTrue(builtPortlets.contains(portlet), MODEL + " names " + portlet + ", which no bundle provides");
			assertEquals(MODEL, resourceActions.getPortletRootModelResource(portlet));
		}
	}

	/** Widgets for site administrators only: site members do not see them unless an administrator grants it, guests never. */
	private static final Set<String> FOR_ADMINISTRATORS = Set.of("org_peervoice_portlet_site_settings_SiteSettingsPortlet");

	@Test
	void everyBuiltPortletHasItsPortletResourceWithViewingForSiteMembers() {
		assertEquals(new TreeSet<>(builtPortlets), new TreeSet<>(resourceActions.getPortletNames()));
		for (String portlet : builtPortlets) {
			assertEquals(PORTLET_ACTIONS, new TreeSet<>(resourceActions.getPortletResourceActions(portlet)), portlet);
			assertEquals(FOR_ADMINISTRATORS.contains(portlet) ? List.of() : List.of("VIEW"),
				resourceActions.getPortletResourceGroupDefaultActions(portlet), portlet);
			assertEquals(List.of(), resourceActions.getPortletResourceGuestDefaultActions(portlet), portlet);
			Set<String> guestUnsupported = new TreeSet<>(Set.of("ADD_TO_PAGE", "CONFIGURATION", "PERMISSIONS", "PREFERENCES"));
			if (FOR_ADMINISTRATORS.contains(portlet)) {
				guestUnsupported.add("VIEW");
			}
			assertEquals(guestUnsupported, new TreeSet<>(resourceActions.getPortletResourceGuestUnsupportedActions(portlet)), portlet);
		}
	}

	@Test
	void liferaysReaderRefusesAFileTheDtdDoesNotAllow() throws Exception {
		byte[] xml = BuiltBundles.entry(BuiltBundles.holding(RESOURCE_ACTIONS).get(0), RESOURCE_ACTIONS);
		String invalid = new String(xml, StandardCharsets.UTF_8).replaceFirst("<permissions>", "<permissions><unknown-element/>");
		Path directory = Files.createDirectories(workDirectory.resolve("invalid/resource-actions"));
		Files.writeString(directory.resolve("default.xml"), invalid, StandardCharsets.UTF_8);

		try (URLClassLoader classLoader = new URLClassLoader(new URL[] {workDirectory.resolve("invalid").toUri().toURL()}, null)) {
			assertThrows(ResourceActionsException.class,
				() -> newResourceActions().populateModelResources(classLoader, new String[] {RESOURCE_ACTIONS}, false));
		}
		assertThrows(SAXParseException.class, () -> validateAgainstThePortalApisDtd(invalid.getBytes(StandardCharsets.UTF_8)));
	}

	/** Liferay's XML reader as the portal sets it up: it validates against the DTDs it resolves from the portal's own classes. */
	private static void useLiferaysXmlReader() throws Exception {
		PortalServiceRegistry.bundleContext();
		SAXReaderImpl reader = new SAXReaderImpl();
		reader.setSecureXMLFactoryProvider(new SecureXMLFactoryProviderImpl());
		new UnsecureSAXReaderUtil().setSAXReader(reader);
	}

	/** Reading needs no portal service but, for portlet resources, the portlet's modes: unknown here, as for a portlet not yet deployed. */
	private static ResourceActionsImpl newResourceActions() {
		return new ResourceActionsImpl() {
			{
				portletLocalService = (PortletLocalService)Proxy.newProxyInstance(PortletLocalService.class.getClassLoader(),
					new Class<?>[] {PortletLocalService.class}, (proxy, method, args) -> {
						if (method.getName().equals("getPortletById")) {
							return null;
						}
						throw new UnsupportedOperationException("reading resource actions asked for " + method.getName());
					});
			}
		};
	}

	/** A validating parse that resolves the DOCTYPE to the DTD in release.portal.api, and to nothing else. */
	private static void validateAgainstThePortalApisDtd(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setValidating(true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setEntityResolver((publicId, systemId) -> {
			assertEquals(DTD_PUBLIC_ID, publicId, "unexpected DTD " + systemId);
			InputStream dtd = ResourceActionsImpl.class.getClassLoader().getResourceAsStream(DTD_IN_PORTAL_API);
			assertNotNull(dtd, DTD_IN_PORTAL_API + " is not in release.portal.api");
			return new InputSource(dtd);
		});
		builder.setErrorHandler(new ErrorHandler() {

			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) throws SAXException {
				throw exception;
			}

			@Override
			public void fatalError(SAXParseException exception) throws SAXException {
				throw exception;
			}

		});
		builder.parse(new ByteArrayInputStream(xml));
	}

	private static TreeSet<String> names(Collection<Permission> permissions) {
		TreeSet<String> names = new TreeSet<>();
		permissions.forEach(permission -> names.add(permission.name()));
		return names;
	}

}
