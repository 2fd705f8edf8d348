package gov.disclosure.deploy;

/** A container image reference split into name, tag and digest ({@code registry/repo:tag@sha256:...}). */
record ImageRef(String name, String tag, String digest) {

    static ImageRef parse(String image) {
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            return new ImageRef(rest.substring(0, colon), rest.substring(colon + 1), digest);
        }
        return new ImageRef(rest, null, digest);
    }

    ImageRef with(String newName, String newTag, String newDigest) {
        return new ImageRef(newName != null ? newName : name, newTag != null ? newTag : tag,
                newDigest != null ? newDigest : digest);
    }

    /** Pinned: a digest, or a tag that is not a moving one. */
    boolean pinned() {
        return digest != null || (tag != null && !tag.equals("latest") && !tag.isBlank());
    }

    @Override
    public String toString() {
        return name + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }
}
