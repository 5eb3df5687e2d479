// A sigma node program that draws the app's symbols: each node is a square reading its
// shape from a texture of every shape's signed distance field (shapes.js), filled with one colour or cut into pie
// segments (clockwise from the top, as the app draws an actor in several clusters), with an
// outline. Picking uses the same shape, so a click lands on what is drawn.

import { NodeProgram } from "sigma/rendering";
import { floatColor } from "sigma/utils";
import { ATLAS_CELLS, DISTANCE_RANGE, SHAPE_SCALE, shapeAtlas, shapeIndex } from "./shapes.js";

export const MAX_SEGMENTS = 6;
const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const SEGMENTS = Array.from({ length: MAX_SEGMENTS }, (_, i) => i + 1);
const glFloat = (value) => (Number.isInteger(value) ? value.toFixed(1) : String(value));
// The square drawn is a little bigger than the shape, so its smoothed edge is not cut off.
const ROOM = 1.08;

const VERTEX = `
attribute vec4 a_id;
attribute vec2 a_position;
attribute float a_size;
attribute vec3 a_info;
attribute vec4 a_color;
attribute vec4 a_border;
${SEGMENTS.map((i) => `attribute vec4 a_segment${i};`).join("\n")}
attribute vec2 a_corner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec2 v_uv;
varying vec3 v_info;
varying float v_pixels;
varying vec4 v_color;
varying vec4 v_border;
${SEGMENTS.map((i) => `varying vec4 v_segment${i};`).join("\n")}

void main() {
  float extent = a_size * u_correctionRatio / u_sizeRatio * 2.0 * ${glFloat(ROOM)};
  vec2 position = a_position + a_corner * extent;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  // The shapes' coordinates have y down, as on screen; sigma's have y up.
  v_uv = vec2(a_corner.x, -a_corner.y) * 0.5 * ${glFloat(ROOM)};
  v_pixels = a_size * 2.0 / u_sizeRatio;
  v_info = a_info;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_border = a_border;
  ${SEGMENTS.map((i) => `v_segment${i} = a_segment${i};`).join("\n  ")}
}
`;

const FRAGMENT = `
precision highp float;
uniform sampler2D u_atlas;
varying vec2 v_uv;
varying vec3 v_info;
varying float v_pixels;
varying vec4 v_color;
varying vec4 v_border;
${SEGMENTS.map((i) => `varying vec4 v_segment${i};`).join("\n")}
const float bias = 255.0 / 254.0;
const float TAU = 6.28318530718;

// The distance in pixels from this point to the shape's edge, positive inside.
float edgeDistance() {
  vec2 q = v_uv * ${glFloat(SHAPE_SCALE)};
  float level = texture2D(u_atlas, vec2((v_info.x + 0.5 + q.x) / ${glFloat(ATLAS_CELLS)}, 0.5 + q.y)).a;
  return mix(${glFloat(DISTANCE_RANGE[0])}, ${glFloat(DISTANCE_RANGE[1])}, level) * v_pixels;
}

void main(void) {
  float edge = edgeDistance();
  #ifdef PICKING_MODE
  if (edge < 0.0) discard;
  gl_FragColor = v_color;
  gl_FragColor.a *= bias;
  #else
  float inside = clamp(edge + 0.5, 0.0, 1.0);
  if (inside <= 0.0) discard;
  vec4 colour = v_color;
  float count = v_info.y;
  if (count > 0.5) {
    float angle = atan(v_uv.x, -v_uv.y);
    if (angle < 0.0) angle += TAU;
    float index = floor(angle / (TAU / count));
    colour = v_segment1;
    ${SEGMENTS.slice(1).map((i) => `if (index > ${glFloat(i - 1.5)}) colour = v_segment${i};`).join("\n    ")}
  }
  if (v_info.z > 0.0) colour = mix(v_border, colour, clamp(edge - v_info.z + 0.5, 0.0, 1.0));
  gl_FragColor = vec4(colour.rgb * colour.a, colour.a) * inside;
  #endif
}
`;

const TRANSPARENT = floatColor("#00000000");

export class ShapeNodeProgram extends NodeProgram {
  constructor(gl, pickingBuffer, renderer) {
    super(gl, pickingBuffer, renderer);
    this.texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    const atlas = shapeAtlas();
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.ALPHA, atlas.width, atlas.height, 0, gl.ALPHA, gl.UNSIGNED_BYTE, atlas.bytes);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  }

  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS: ["u_matrix", "u_sizeRatio", "u_correctionRatio", "u_atlas"],
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_info", size: 3, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_border", size: 4, type: UNSIGNED_BYTE, normalized: true },
        ...SEGMENTS.map((i) => ({
          name: `a_segment${i}`, size: 4, type: UNSIGNED_BYTE, normalized: true,
        })),
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_corner", size: 2, type: FLOAT }],
      CONSTANT_DATA: [[-1, -1], [1, -1], [1, 1], [-1, -1], [1, 1], [-1, 1]],
    };
  }

  processVisibleItem(nodeIndex, startIndex, data) {
    const array = this.array;
    const segments = data.segments || [];
    const count = segments.length > 1 ? Math.min(segments.length, MAX_SEGMENTS) : 0;
    array[startIndex++] = data.x;
    array[startIndex++] = data.y;
    array[startIndex++] = nodeIndex;
    array[startIndex++] = data.size;
    array[startIndex++] = shapeIndex(data.shape);
    array[startIndex++] = count;
    array[startIndex++] = data.borderWidth || 0;
    array[startIndex++] = floatColor(count ? segments[0] : data.color);
    array[startIndex++] = floatColor(data.borderColor || data.color);
    for (let i = 0; i < MAX_SEGMENTS; i += 1) {
      array[startIndex++] = i < count ? floatColor(segments[i]) : TRANSPARENT;
    }
  }

  setUniforms(params, { gl, uniformLocations }) {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.uniform1i(uniformLocations.u_atlas, 0);
  }

  kill() {
    const gl = this.normalProgram && this.normalProgram.gl;
    if (gl && this.texture) gl.deleteTexture(this.texture);
    this.texture = null;
    super.kill();
  }
}
