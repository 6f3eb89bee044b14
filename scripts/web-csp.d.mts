export declare const WEB_CONTENT_SECURITY_POLICY: string;
