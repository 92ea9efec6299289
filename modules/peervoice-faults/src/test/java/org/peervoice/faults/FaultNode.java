package org.peervoice.faults;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.devportal.DevPortal;
import org.peervoice.devportal.DevPortalSettings;

/**
 * One dev portal node of the fault suite, in a JVM of its own so that it can be killed with {@code kill -9}:
 * {@code FaultNode <port> <jdbcUrl> <user> <password> <secretFile> <dataDirectory> <voters> <mixingSeconds> [<notificationSeconds>]}
 * ({@code jdbcUrl} {@code -}: no URL, the dev portal's default embedded HSQLDB file database under {@code dataDirectory}/db,
 * user and password unused; notifications delivered every 5 s unless given). Besides the
 * demo users it knows {@code voters} peer champions {@code voter0 ...}, the same on every node. Every {@code mixingSeconds}
 * (0: never) it mixes the pending anonymous writes, votes included, whatever the site's window: the mixer rewrites the
 * very rows the users vote and retract on. Prints {@link #READY} once serving.
 */
public final class FaultNode {

	static final String READY = "FAULT-NODE-READY";
	static final long SITE = 20121L;
	/** Whom leadership recognizes on the board for the users to celebrate: Kim Nguyen of the demo directory. */
	static final String RECOGNIZED = "u-1010";

	private FaultNode() {
	}

	public static void main(String[] args) {
		DevPortalSettings settings = DevPortalSettings.defaults()
			.port(Integer.parseInt(args[0]))
			.serverSecretFile(Paths.get(args[4]))
			.dataDirectory(Paths.get(args[5]))
			.notificationInterval(Duration.ofSeconds(args.length > 8 ? Integer.parseInt(args[8]) : 5));
		if (!FaultDatabase.EMBEDDED.equals(args[1])) {
			settings = settings.jdbc(args[1], args[2], args[3]);
		}
		int voters = Integer.parseInt(args[6]);
		for (int i = 0; i < voters; i++) {
			settings = settings.extraUser(voterKey(i), voterName(i), "Fault Voter " + i, Set.of(SITE), PeerVoiceRole.PEER_CHAMPION);
		}
		DevPortal portal = DevPortal.start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "fault-node-shutdown"));
		int mixingSeconds = Integer.parseInt(args[7]);
		if (mixingSeconds > 0) {
			ScheduledExecutorService mixing = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "fault-node-mixing");
				thread.setDaemon(true);
				return thread;
			});
			mixing.scheduleWithFixedDelay(() -> mixQuietly(portal), mixingSeconds, mixingSeconds, TimeUnit.SECONDS);
		}
		System.out.println(READY + " " + portal.port());
		System.out.flush();
	}

	private static void mixQuietly(DevPortal portal) {
		try {
			portal.mixAnonymousWritesNow();
		}
		catch (RuntimeException duringAFault) {
			// the next round mixes what this one could not
		}
	}

	/** A voter's user key; voters are peer champions (site members who may also keep a listing of their own). */
	static String voterKey(int index) {
		return "fault-voter-" + index;
	}

	static String voterName(int index) {
		return "voter" + index;
	}

}
