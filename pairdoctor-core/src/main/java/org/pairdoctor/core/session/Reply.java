package org.pairdoctor.core.session;

/**
 * What the user (or a probe) said to the current step.
 */
public sealed interface Reply {
    /** "That worked": an action fixed the problem. */
    record Worked() implements Reply {
    }

    /** "Didn't help": the action was done and the problem remains. */
    record DidNotHelp() implements Reply {
    }

    /** An answer to a question, by its id. */
    record Answered(String answerId) implements Reply {
    }

    /** "Skip this step": no evidence, the step is not offered again. */
    record Skipped() implements Reply {
    }

    /**
     * "I understand, show me how": the person accepts that a destructive step erases something. It
     * is stored as a turn of its own and must come before that step's outcome; it is no evidence.
     */
    record Confirmed() implements Reply {
    }

    /** The user accepts the escalation (contact support, cable, ...): the session ends. */
    record Accepted() implements Reply {
    }

    static Reply worked() {
        return new Worked();
    }

    static Reply didNotHelp() {
        return new DidNotHelp();
    }

    static Reply answered(String answerId) {
        return new Answered(answerId);
    }

    static Reply skipped() {
        return new Skipped();
    }

    static Reply accepted() {
        return new Accepted();
    }

    static Reply confirmed() {
        return new Confirmed();
    }

    /** A stable word for storage and the API: worked, did-not-help, skipped, accepted, confirmed, or answer:ID. */
    default String code() {
        if (this instanceof Answered a) {
            return "answer:" + a.answerId();
        }
        if (this instanceof Worked) {
            return "worked";
        }
        if (this instanceof DidNotHelp) {
            return "did-not-help";
        }
        if (this instanceof Skipped) {
            return "skipped";
        }
        if (this instanceof Confirmed) {
            return "confirmed";
        }
        return "accepted";
    }

    /** Inverse of {@link #code()}; throws {@link InvalidReplyException} for anything else. */
    static Reply parse(String code) {
        if (code == null) {
            throw new InvalidReplyException("no reply given");
        }
        return switch (code) {
            case "worked" -> worked();
            case "did-not-help" -> didNotHelp();
            case "skipped" -> skipped();
            case "accepted" -> accepted();
            case "confirmed" -> confirmed();
            default -> {
                if (code.startsWith("answer:") && code.length() > "answer:".length()) {
                    yield answered(code.substring("answer:".length()));
                }
                throw new InvalidReplyException("unknown reply '" + code
                        + "': expected worked, did-not-help, skipped, accepted, confirmed or answer:ID");
            }
        };
    }
}
