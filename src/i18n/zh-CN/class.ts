/** Words of the class deck's island (app-class-deck); it imports only these. Words only the server renders are in ../zh-CN.ts (ui.classroom). */
export const classDeckText = {
  position: (number: number, total: number) => `第 ${number} / ${total} 页`,
};
