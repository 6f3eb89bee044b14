/** Types of csp.mjs (plain JavaScript so the Node web server can import it without a build). */
export declare const CONTENT_SECURITY_POLICY: string;
export declare const META_CONTENT_SECURITY_POLICY: string;
