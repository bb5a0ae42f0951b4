package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.Probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What one connector run did so far: its timed phases, notes for the user, and the probes' readings,
 * each passed on to the listener as it happens. Not thread-safe (one per run).
 */
final class Timeline {
    private final ConnectorListener listener;
    private final LongSupplier nanoTime;
    private final List<Phase> phases = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Probe, String> readings = new EnumMap<>(Probe.class);
    private String phase;
    private long phaseStart;

    Timeline(ConnectorListener listener, LongSupplier nanoTime) {
        this.listener = listener;
        this.nanoTime = nanoTime;
    }

    void begin(String name) {
        phase = name;
        phaseStart = nanoTime.getAsLong();
        listener.phaseStarted(name);
    }

    void end(String result) {
        add(new Phase(phase, Duration.ofNanos(nanoTime.getAsLong() - phaseStart), result, false));
        phase = null;
    }

    /** Ends the current phase, if one is open, with {@code result}. */
    void endIfOpen(String result) {
        if (phase != null) {
            end(result);
        }
    }

    /** A phase spent waiting for the user (not the connector's own time), started at {@code startNanos}. */
    void waited(String name, long startNanos, String result) {
        add(new Phase(name, Duration.ofNanos(nanoTime.getAsLong() - startNanos), result, true));
    }

    void note(String text) {
        notes.add(text);
        listener.note(text);
    }

    void read(Probe probe, String answer) {
        readings.put(probe, answer);
    }

    long now() {
        return nanoTime.getAsLong();
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    Map<Probe, String> readings() {
        return Map.copyOf(readings);
    }

    private void add(Phase p) {
        phases.add(p);
        listener.phaseDone(p);
    }
}
