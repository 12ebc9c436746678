// jsdom lacks TextEncoder/TextDecoder, which react-router 7 needs when it loads; import this first.
import { TextDecoder, TextEncoder } from 'util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
