package org.peervoice.liferay.framework;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Equinox (the framework Liferay 7.4 runs) with the runtime bundles copied by the build, the
 * portal API bundle, the stand-in portal and every PeerVoice bundle of the build, all started.
 * The HTTP whiteboard serves under {@code /o}, as Liferay serves modules. Bundles are installed
 * by reference (Equinox reads them in place instead of copying them into its storage).
 */
final class LiferayRuntime {

	private final Framework framework;
	private final String origin;
	private final List<Bundle> ours = new ArrayList<>();

	private LiferayRuntime(Framework framework, String origin) {
		this.framework = framework;
		this.origin = origin;
	}

	static LiferayRuntime start(File target) throws Exception {
		int port = freePort();
		File database = new File(target, "harness-database");
		deleteRecursively(database);
		File secret = new File(target, "harness-secret/server-secret");
		deleteRecursively(secret.getParentFile());
		System.setProperty("peervoice.server.secret.file", secret.getAbsolutePath());

		Map<String, String> configuration = new HashMap<>();
		configuration.put(Constants.FRAMEWORK_STORAGE, new File(target, "harness-framework").getAbsolutePath());
		configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		configuration.put("org.osgi.service.http.port", String.valueOf(port));
		configuration.put("org.apache.felix.http.host", "127.0.0.1");
		configuration.put("org.apache.felix.http.context_path", "/o");
		configuration.put("peervoice.standin.database", "jdbc:hsqldb:file:" + new File(database, "portal").getAbsolutePath()
			+ ";hsqldb.lock_file=false;hsqldb.write_delay=false");
		Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(configuration);
		framework.start();
		LiferayRuntime runtime = new LiferayRuntime(framework, "http://127.0.0.1:" + port);

		BundleContext context = framework.getBundleContext();
		List<Bundle> bundles = new ArrayList<>();
		File[] runtimeJars = new File(System.getProperty("peervoice.osgi.runtime", "target/osgi-runtime")).listFiles();
		Arrays.sort(runtimeJars);
		for (File jar : runtimeJars) {
			bundles.add(context.installBundle("reference:" + jar.toURI()));
		}
		bundles.add(context.installBundle("reference:" + HarnessBundles.portalApi(
			new File(System.getProperty("peervoice.portal.api", "target/portal-api/release.portal.api.jar")), target).toURI()));
		bundles.add(context.installBundle("reference:" + HarnessBundles.standInPortal(target).toURI()));
		for (File jar : builtBundles()) {
			Bundle bundle = context.installBundle("reference:" + jar.toURI());
			runtime.ours.add(bundle);
			bundles.add(bundle);
		}
		List<String> failures = new ArrayList<>();
		for (Bundle bundle : bundles) {
			if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
				try {
					bundle.start();
				}
				catch (BundleException bundleException) {
					failures.add(bundle.getSymbolicName() + " does not start: " + bundleException.getMessage());
				}
			}
		}
		if (!failures.isEmpty()) {
			runtime.stop();
			throw new AssertionError(String.join("\n", failures));
		}
		return runtime;
	}

	static List<File> builtBundles() {
		File directory = new File(System.getProperty("peervoice.bundles", "target/bundles"));
		File[] jars = directory.listFiles((dir, name) -> name.endsWith(".jar"));
		if (jars == null || jars.length == 0) {
			throw new IllegalStateException("No bundles in " + directory + "; run the test through Maven");
		}
		Arrays.sort(jars);
		return Arrays.asList(jars);
	}

	void stop() throws Exception {
		framework.stop();
		framework.waitForStop(30_000);
	}

	BundleContext context() {
		return framework.getBundleContext();
	}

	List<Bundle> ours() {
		return ours;
	}

	String origin() {
		return origin;
	}

	/** Asks the stand-in portal (see StandInPortalActivator) to do something; its answer is of java types. */
	@SuppressWarnings("unchecked")
	<T> T portal(Map<String, Object> request) throws Exception {
		ServiceReference<?>[] references = context().getServiceReferences(Function.class.getName(), "(peervoice.standin=portal)");
		Function<Map<String, Object>, Object> portal = (Function<Map<String, Object>, Object>)context().getService(references[0]);
		try {
			return (T)portal.apply(request);
		}
		finally {
			context().ungetService(references[0]);
		}
	}

	String bundleStates() {
		StringBuilder states = new StringBuilder();
		for (Bundle bundle : context().getBundles()) {
			states.append(bundle.getSymbolicName()).append(' ').append(bundle.getState()).append('\n');
		}
		return states.toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(File file) {
		File[] children = file.listFiles();
		if (children != null) {
			for (File child : children) {
				deleteRecursively(child);
			}
		}
		file.delete();
	}

}
