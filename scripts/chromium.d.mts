/** Where Chromium is: CHROME_PATH, else Debian's package. */
export declare const CHROMIUM_PATH: string;
/** Launch flags shared by every Pathway browser run. */
export declare const CHROMIUM_ARGS: string[];
