package org.pairdoctor.core.simulation;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.AuthoredModels;

import java.util.List;
import java.util.Map;

/**
 * What a simulation needs from a knowledge base: the problems, the hosts, and each problem's model
 * for a host and device (null: the source's default device). The knowledge base provides one ({@link #of(AuthoredModels, List, List)});
 * tests use hand-written models ({@link #of(Map)}).
 */
public interface ModelCatalog extends AuthoredModels {
    List<String> problems();

    List<String> hosts();

    /** The devices a world's {@code devices:} mix may name (none: only the default device). */
    default List<String> devices() {
        return List.of();
    }

    /** A catalog over a model source and the ids it knows, without other devices than the default. */
    static ModelCatalog of(AuthoredModels source, List<String> problems, List<String> hosts) {
        return of(source, problems, hosts, List.of());
    }

    /** A catalog over a model source and the problem, host and device ids it knows. */
    static ModelCatalog of(AuthoredModels source, List<String> problems, List<String> hosts, List<String> devices) {
        List<String> ps = List.copyOf(problems);
        List<String> hs = List.copyOf(hosts);
        List<String> ds = List.copyOf(devices);
        return new ModelCatalog() {
            public List<String> devices() {
                return ds;
            }

            public List<String> problems() {
                return ps;
            }

            public List<String> hosts() {
                return hs;
            }

            public TroubleshootingModel model(String problemId, String hostId, String deviceId) {
                return source.model(problemId, hostId, deviceId);
            }

            public boolean exists(String problemId, String deviceId) {
                return source.exists(problemId, deviceId);
            }

            public java.util.Optional<DeviceFamily> deviceFamily(String deviceId) {
                return source.deviceFamily(deviceId);
            }
        };
    }

    /** A catalog of hand-written models, the same on every host in {@code "any"}. */
    static ModelCatalog of(Map<String, TroubleshootingModel> models) {
        Map<String, TroubleshootingModel> copy = Map.copyOf(models);
        return of((p, h, d) -> {
            TroubleshootingModel m = copy.get(p);
            if (m == null) {
                throw new UnknownModelException("unknown problem '" + p + "'; known: " + copy.keySet().stream().sorted().toList());
            }
            return m;
        }, copy.keySet().stream().sorted().toList(), List.of("any"));
    }

    /** A problem or host a catalog does not have. */
    class UnknownModelException extends org.pairdoctor.core.PairdoctorException {
        public UnknownModelException(String message) {
            super(Failure.NOT_FOUND, message);
        }
    }
}
