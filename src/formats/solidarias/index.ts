import {notImplemented} from '../not-implemented.js'

export const parser = notImplemented('solidarias')
