// Sigma edge programs that draw the app's line styles: a straight line of the tie's colour
// and width, solid or dashed (Qt's patterns, in units of the line's width), and for a
// directed tie the same line stopped short of its target with sigma's own arrow head.

import { EdgeProgram, createEdgeArrowHeadProgram, createEdgeCompoundProgram } from "sigma/rendering";
import { floatColor } from "sigma/utils";

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;

/** Dash codes of the contract, as the shader's pattern numbers. */
export const DASHES = { solid: 0, dash: 1, dot: 2, dashdot: 3, dashdotdot: 4 };

/** Qt's dash patterns (on, off, …) in line widths: the legend draws the same. */
export const DASH_PATTERNS = {
  solid: [],
  dash: [4, 2],
  dot: [1, 2],
  dashdot: [4, 2, 1, 2],
  dashdotdot: [4, 2, 1, 2, 1, 2],
};

const ARROW_LENGTH = 2.5; // sigma's default, in line widths

const VERTEX = `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;
attribute float a_dash;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_dimensions;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_unit;
varying float v_dash;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  // A directed tie stops short of its target by the node's radius and the arrow head;
  // an undirected one has a radius of 0 and reaches the centre.
  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * ${ARROW_LENGTH.toFixed(1)} * 2.0;
  vec2 compensation = vec2(-direction * unitNormal.y, direction * unitNormal.x)
    * (webGLNodeRadius + webGLArrowHeadLength);

  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + compensation, 1)).xy, 0, 1);

  vec2 start = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 end = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length((end - start) * u_dimensions * 0.5);
  v_unit = max(pixelsThickness / u_sizeRatio, 1.5);
  v_dash = a_dash;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

function patternTest(code, pattern) {
  if (!pattern.length) return "";
  const period = pattern.reduce((a, b) => a + b, 0);
  const tests = [];
  let at = 0;
  pattern.forEach((length, index) => {
    if (index % 2 === 0) tests.push(`(m >= ${at.toFixed(1)} && m < ${(at + length).toFixed(1)})`);
    at += length;
  });
  return `if (v_dash > ${(code - 0.5).toFixed(1)} && v_dash < ${(code + 0.5).toFixed(1)}) {
    float m = mod(v_along / v_unit, ${period.toFixed(1)});
    on = (${tests.join(" || ")}) ? 1.0 : 0.0;
  }`;
}

const FRAGMENT = `
precision mediump float;
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_unit;
varying float v_dash;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float on = 1.0;
  ${Object.entries(DASH_PATTERNS).map(([name, pattern]) => patternTest(DASHES[name], pattern)).join("\n  ")}
  if (on < 0.5) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

function createStyledLineProgram(toArrow) {
  return class StyledLineProgram extends EdgeProgram {
    getDefinition() {
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: VERTEX,
        FRAGMENT_SHADER_SOURCE: FRAGMENT,
        METHOD: WebGLRenderingContext.TRIANGLES,
        UNIFORMS: [
          "u_matrix", "u_zoomRatio", "u_sizeRatio", "u_correctionRatio", "u_pixelRatio",
          "u_feather", "u_minEdgeThickness", "u_dimensions",
        ],
        ATTRIBUTES: [
          { name: "a_positionStart", size: 2, type: FLOAT },
          { name: "a_positionEnd", size: 2, type: FLOAT },
          { name: "a_normal", size: 2, type: FLOAT },
          { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: "a_radius", size: 1, type: FLOAT },
          { name: "a_dash", size: 1, type: FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [
          { name: "a_positionCoef", size: 1, type: FLOAT },
          { name: "a_normalCoef", size: 1, type: FLOAT },
          { name: "a_radiusCoef", size: 1, type: FLOAT },
        ],
        CONSTANT_DATA: [[0, 1, 0], [0, -1, 0], [1, 1, 1], [1, 1, 1], [0, -1, 0], [1, -1, -1]],
      };
    }

    processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data) {
      const thickness = data.size || 1;
      const dx = targetData.x - sourceData.x;
      const dy = targetData.y - sourceData.y;
      const squared = dx * dx + dy * dy;
      let n1 = 0;
      let n2 = 0;
      if (squared) {
        const inverse = 1 / Math.sqrt(squared);
        n1 = -dy * inverse * thickness;
        n2 = dx * inverse * thickness;
      }
      const array = this.array;
      array[startIndex++] = sourceData.x;
      array[startIndex++] = sourceData.y;
      array[startIndex++] = targetData.x;
      array[startIndex++] = targetData.y;
      array[startIndex++] = n1;
      array[startIndex++] = n2;
      array[startIndex++] = floatColor(data.color);
      array[startIndex++] = edgeIndex;
      array[startIndex++] = toArrow ? targetData.size || 1 : 0;
      array[startIndex++] = DASHES[data.dash] || 0;
    }

    setUniforms(params, { gl, uniformLocations: u }) {
      gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
      gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
      gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
      gl.uniform1f(u.u_feather, params.antiAliasingFeather);
      gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform2f(u.u_dimensions, params.width, params.height);
    }
  };
}

/** Undirected ties: a line from centre to centre. */
export const StyledLineProgram = createStyledLineProgram(false);

/** Directed ties: the line stopped before the target, and sigma's arrow head. */
export const StyledArrowProgram = createEdgeCompoundProgram([
  createStyledLineProgram(true),
  createEdgeArrowHeadProgram({ lengthToThicknessRatio: ARROW_LENGTH }),
]);
