package org.peervoice.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback TCP proxy between the nodes and the database that can fail like a network or a server: {@link #blackhole()}
 * (open connections and new ones hear nothing back, as behind a dropped route), {@link #refuse()} (open connections
 * reset, new ones refused, as a stopped server) and {@link #restore()}. The real server keeps running for everyone
 * else.
 */
final class FaultProxy implements AutoCloseable {

	private enum Mode { PASS, BLACKHOLE, REFUSE }

	private final InetSocketAddress target;
	private final int port;
	private final Set<Link> links = ConcurrentHashMap.newKeySet();
	private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "fault-proxy");
		thread.setDaemon(true);
		return thread;
	});
	private volatile Mode mode = Mode.PASS;
	private volatile ServerSocket listener;
	private volatile boolean closed;

	FaultProxy(String targetHost, int targetPort) throws IOException {
		this.target = new InetSocketAddress(targetHost, targetPort);
		this.listener = listen(0);
		this.port = listener.getLocalPort();
		startAccepting(listener);
	}

	int port() {
		return port;
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
		return socket;
	}

	private void startAccepting(ServerSocket socket) {
		threads.execute(() -> {
			while (!socket.isClosed()) {
				try {
					Socket client = socket.accept();
					client.setTcpNoDelay(true);
					accepted(client);
				}
				catch (IOException stopped) {
					return;
				}
			}
		});
	}

	private void accepted(Socket client) {
		Link link = new Link(client);
		links.add(link);
		if (mode == Mode.BLACKHOLE) {
			link.silenced = true;
			threads.execute(() -> link.pump(link.client, null));
			return;
		}
		threads.execute(() -> {
			try {
				Socket server = new Socket();
				server.setTcpNoDelay(true);
				server.connect(target, 2000);
				link.server = server;
				threads.execute(() -> link.pump(link.server, link.client));
				link.pump(link.client, link.server);
			}
			catch (IOException unreachable) {
				link.close();
			}
		});
	}

	/** Every open connection and every new one goes silent: bytes are swallowed, nothing comes back. */
	synchronized void blackhole() {
		mode = Mode.BLACKHOLE;
		for (Link link : links) {
			link.silenced = true;
		}
	}

	/** Open connections are reset and new ones refused, as when the server is stopped. */
	synchronized void refuse() throws IOException {
		mode = Mode.REFUSE;
		listener.close();
		for (Link link : links) {
			link.reset();
		}
	}

	/** Back to normal; connections silenced meanwhile are dropped (their streams lost bytes), new ones pass. */
	synchronized void restore() throws IOException {
		if (mode == Mode.REFUSE) {
			listener = listen(port);
			startAccepting(listener);
		}
		for (Link link : links) {
			if (link.silenced) {
				link.reset();
			}
		}
		mode = Mode.PASS;
	}

	@Override
	public synchronized void close() throws IOException {
		closed = true;
		listener.close();
		for (Link link : links) {
			link.close();
		}
		threads.shutdownNow();
	}

	private final class Link {

		private final Socket client;
		private volatile Socket server;
		private volatile boolean silenced;

		Link(Socket client) {
			this.client = client;
		}

		void pump(Socket from, Socket to) {
			byte[] buffer = new byte[16 * 1024];
			try {
				InputStream in = from.getInputStream();
				OutputStream out = to == null ? null : to.getOutputStream();
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					if (!silenced && out != null) {
						out.write(buffer, 0, read);
						out.flush();
					}
				}
			}
			catch (IOException lost) {
				// either side went away: the link ends
			}
			close();
		}

		void reset() {
			try {
				client.setSoLinger(true, 0);
				Socket toServer = server;
				if (toServer != null) {
					toServer.setSoLinger(true, 0);
				}
			}
			catch (IOException alreadyClosed) {
				// closing anyway
			}
			close();
		}

		void close() {
			links.remove(this);
			closeQuietly(client);
			closeQuietly(server);
		}

		private void closeQuietly(Socket socket) {
			if (socket == null) {
				return;
			}
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// nothing left to do
			}
		}

	}

	@Override
	public String toString() {
		return "FaultProxy[" + port + " -> " + target + ", " + mode + (closed ? ", closed" : "") + "]";
	}

}
