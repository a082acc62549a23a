#!/usr/bin/env node
// Draws the app icons (the two overlapping rings of static/favicon.svg) into PNG files in static/,
// with no dependencies: browsers want PNGs at 192 and 512 px for installation, a "maskable" variant
// whose artwork stays inside the central safe circle (launchers crop it to any shape), and a 180 px
// apple-touch-icon. The PNGs are committed; run `node scripts/make-icons.js` after changing the
// design here or in favicon.svg.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const INDIGO = [0x4f, 0x46, 0xe5];
const WHITE = [0xff, 0xff, 0xff];
const LAVENDER = [0xc7, 0xd2, 0xfe];

/**
 * The favicon's design in its 64-unit box: a rounded square and two rings.
 * @param {number} scale 1 for the favicon's own layout; below 1 for a full-bleed square with the
 *   rings shrunk and centred (maskable: inside the safe circle)
 */
function design(scale) {
	const fullBleed = scale < 1;
	// the rings' bounding box is centred on (33, 33); the identity transform for scale 1
	const t = (/** @type {number} */ v) => 32 + (v - 33) * scale + (fullBleed ? 0 : 1);
	const k = scale;
	return {
		radius: fullBleed ? 0 : 14,
		rings: [
			{ cx: t(26), cy: t(30), r: 14 * k, w: 5 * k, color: WHITE },
			{ cx: t(40), cy: t(36), r: 14 * k, w: 5 * k, color: LAVENDER }
		]
	};
}

/** Inside a rounded square of side 64 with corner radius r? */
function inRoundedSquare(
	/** @type {number} */ x,
	/** @type {number} */ y,
	/** @type {number} */ r
) {
	if (x < 0 || y < 0 || x > 64 || y > 64) return false;
	const dx = Math.max(r - x, x - (64 - r), 0);
	const dy = Math.max(r - y, y - (64 - r), 0);
	return dx * dx + dy * dy <= r * r;
}

/** RGBA pixels of the icon at `size` px, 4×4 supersampled for smooth edges. */
function render(/** @type {number} */ size, /** @type {number} */ scale) {
	const { radius, rings } = design(scale);
	const px = Buffer.alloc(size * size * 4);
	const n = 4;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			let r = 0,
				g = 0,
				b = 0,
				a = 0;
			for (let sy = 0; sy < n; sy++) {
				for (let sx = 0; sx < n; sx++) {
					const u = ((x + (sx + 0.5) / n) / size) * 64;
					const v = ((y + (sy + 0.5) / n) / size) * 64;
					if (!inRoundedSquare(u, v, radius)) continue;
					let c = INDIGO;
					for (const ring of rings) {
						const d = Math.hypot(u - ring.cx, v - ring.cy);
						if (Math.abs(d - ring.r) <= ring.w / 2) c = ring.color;
					}
					r += c[0] ?? 0;
					g += c[1] ?? 0;
					b += c[2] ?? 0;
					a += 255;
				}
			}
			const i = (y * size + x) * 4;
			const covered = a / 255;
			// colours are averaged over the covered samples only (straight, not premultiplied, alpha)
			px[i] = covered ? Math.round(r / covered) : 0;
			px[i + 1] = covered ? Math.round(g / covered) : 0;
			px[i + 2] = covered ? Math.round(b / covered) : 0;
			px[i + 3] = Math.round(a / (n * n));
		}
	}
	return px;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(/** @type {Buffer} */ buf) {
	let c = 0xffffffff;
	for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(/** @type {string} */ type, /** @type {Buffer} */ data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

/** A minimal RGBA PNG (8 bits per channel, no filtering). */
function png(/** @type {number} */ size, /** @type {Buffer} */ rgba) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8);
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

// A maskable icon's artwork must stay inside the safe circle of radius 0.4 × 64 = 25.6 units around
// the centre. The rings' farthest point is 7.6 + 16.5 = 24.1 units from it at scale 1; 0.9 keeps
// a margin.
const icons = [
	{ file: 'icon-192.png', size: 192, scale: 1 },
	{ file: 'icon-512.png', size: 512, scale: 1 },
	{ file: 'icon-maskable-192.png', size: 192, scale: 0.9 },
	{ file: 'icon-maskable-512.png', size: 512, scale: 0.9 },
	// iOS rounds the corners itself and shows transparency as black: full bleed, little margin
	{ file: 'apple-touch-icon.png', size: 180, scale: 0.9 }
];

for (const { file, size, scale } of icons) {
	const out = new URL(`../static/${file}`, import.meta.url);
	writeFileSync(out, png(size, render(size, scale)));
	console.log(`wrote static/${file}`);
}
