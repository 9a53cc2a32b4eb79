/**
 * Sigma 3's programs copy their whole vertex array to the GPU at every frame
 * (`Program.bindProgram` calls `bufferData` for the drawn buffer and again
 * for the picking buffer), though the array only changes when sigma
 * processes items. At 20 000 actors and 100 000 flows that upload was most
 * of an edit's repaint and of each frame while the camera moves. A program
 * made by `uploadingChanges` sends each buffer what changed since that
 * buffer's last upload: nothing when only the camera moved, the touched
 * items after a partial refresh, everything after a reallocation.
 */
import { Program } from 'sigma/rendering';

type ProgramInfo = Program['normalProgram'];

/** The items written since a buffer's last upload: [from, to), or the whole array. */
interface Stale {
  whole: boolean;
  from: number;
  to: number;
  /** An instanced program's constant data (the same for every item) was sent once. */
  constantsSent: boolean;
}

const wholeArray = (): Stale => ({ whole: true, from: 0, to: 0, constantsSent: false });

/**
 * What sigma's node and edge program types declare: items processed by position. Their instances are
 * sigma `Program`s, whose buffer members the types do not show.
 */
interface ItemProgram {
  reallocate(capacity: number): void;
  process(item: number, position: number, ...rest: never[]): void;
}

/** The members of sigma's `Program` that uploading reads (protected or undeclared in the program types). */
interface ProgramBuffers {
  readonly capacity: number;
  readonly STRIDE: number;
  readonly array: Float32Array;
  readonly constantArray: Float32Array;
  readonly isInstanced: boolean;
  readonly ATTRIBUTES: Program['ATTRIBUTES'];
  readonly CONSTANT_ATTRIBUTES: Program['CONSTANT_ATTRIBUTES'];
  bindAttribute(
    attribute: Program['ATTRIBUTES'][number],
    program: ProgramInfo,
    offset: number,
    divisor?: boolean,
  ): number;
}

type ItemProgramClass = new (...args: never[]) => ItemProgram;

/**
 * `Base` (a program with its own buffers, not a compound), uploading to each only what changed since its last
 * upload. The same interface as `Base`, as scaledWidths.ts does: sigma's program types do not declare what it reads.
 */
export function uploadingChanges<T extends ItemProgramClass>(Base: T): T {
  const Uploading = Base as ItemProgramClass;
  class UploadingChanges extends Uploading {
    /** By buffer (the drawn one, the picking one). */
    readonly #stale = new Map<string, Stale>();

    constructor(...args: never[]) {
      super(...args);
      if (!(this instanceof Program)) throw new Error('uploadingChanges: a compound program has no buffers of its own');
    }

    override reallocate(capacity: number): void {
      // A new array of another size: the buffers' storage must be made again.
      if (capacity !== (this as unknown as ProgramBuffers).capacity) this.#stale.clear();
      super.reallocate(capacity);
    }

    override process(item: number, position: number, ...rest: never[]): void {
      super.process(item, position, ...rest);
      for (const stale of this.#stale.values()) {
        if (stale.whole) continue;
        if (stale.from === stale.to) {
          stale.from = position;
          stale.to = position + 1;
        } else {
          stale.from = Math.min(stale.from, position);
          stale.to = Math.max(stale.to, position + 1);
        }
      }
    }

    /** Replaces `Program.bindProgram`: the same bindings, with uploads of what is stale only. */
    bindProgram(program: ProgramInfo): void {
      const self = this as unknown as ProgramBuffers;
      const { gl } = program;
      let stale = this.#stale.get(program.name);
      if (!stale) {
        stale = wholeArray();
        this.#stale.set(program.name, stale);
      }
      if (self.isInstanced) {
        gl.bindBuffer(gl.ARRAY_BUFFER, program.constantBuffer);
        let offset = 0;
        for (const attribute of self.CONSTANT_ATTRIBUTES)
          offset += self.bindAttribute(attribute, program, offset, false);
        if (!stale.constantsSent) gl.bufferData(gl.ARRAY_BUFFER, self.constantArray, gl.STATIC_DRAW);
        stale.constantsSent = true;
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
      let offset = 0;
      for (const attribute of self.ATTRIBUTES)
        offset += self.isInstanced
          ? self.bindAttribute(attribute, program, offset, true)
          : self.bindAttribute(attribute, program, offset);
      if (stale.whole) gl.bufferData(gl.ARRAY_BUFFER, self.array, gl.DYNAMIC_DRAW);
      else if (stale.to > stale.from) {
        const start = stale.from * self.STRIDE;
        gl.bufferSubData(
          gl.ARRAY_BUFFER,
          start * Float32Array.BYTES_PER_ELEMENT,
          self.array.subarray(start, stale.to * self.STRIDE),
        );
      }
      stale.whole = false;
      stale.from = stale.to = 0;
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    }
  }
  return UploadingChanges as unknown as T;
}
