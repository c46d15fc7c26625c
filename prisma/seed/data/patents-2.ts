// Patents for commercialisation (2/2): utility solutions and industrial designs.
import type { SeedPatent } from '../types.ts'

export const patents2: SeedPatent[] = [
	{
		organizationKey: 'co-khi-dong-a',
		title: 'Máy cho tôm ăn tự động có cơ cấu định lượng kiểu trục vít và điều khiển từ xa',
		summary: 'Bằng độc quyền giải pháp hữu ích cho máy cho tôm ăn do doanh nghiệp sản xuất hàng loạt.',
		description: `Giải pháp hữu ích bảo hộ cơ cấu định lượng và bộ điều khiển của máy cho tôm ăn thương hiệu Đông A.

- Trục vít định lượng chống kẹt thức ăn viên ẩm
- Đĩa rải ly tâm điều chỉnh bán kính rải
- Điều khiển và hẹn giờ qua ứng dụng điện thoại

Hơn 1.800 máy đã bán; doanh nghiệp sẵn sàng li-xăng cho nhà sản xuất ở các vùng nuôi phía Nam.`,
		fields: ['aquaculture', 'mechanical-engineering', 'automation'],
		keywords: ['giải pháp hữu ích', 'máy cho tôm ăn', 'định lượng', 'thiết bị thủy sản'],
		communeCode: 'NB012',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2019-00402',
		applicationDate: '2019-08-20',
		grantNumber: '2-0002233',
		grantDate: '2021-06-14',
		ipcClasses: ['A01K 61/80', 'G05B 19/042'],
		inventors: ['Trần Văn Bình', 'Nguyễn Hữu Nghĩa'],
		owners: ['Công ty Cổ phần Cơ khí chính xác Đông A'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến máy cho tôm ăn gồm phễu chứa, cơ cấu định lượng kiểu trục vít dẫn động bằng động cơ một chiều có bộ đếm vòng, đĩa rải ly tâm có cánh điều chỉnh được góc và mạch điều khiển kết nối không dây cho phép hẹn giờ, đặt lượng thức ăn từng cữ và cảnh báo khi hết thức ăn.',
		claimsSummary:
			'Yêu cầu bảo hộ máy cho ăn có trục vít định lượng với bước vít thay đổi và cảm biến mức thức ăn trong phễu liên kết với mạch điều khiển không dây.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'co-khi-dong-a',
		title: 'Buồng sấy bơm nhiệt hai dàn ngưng có tách ẩm tuần hoàn',
		summary: 'Giải pháp hữu ích cho buồng sấy lạnh nông sản, là cơ sở của dây chuyền sấy 500 kg/mẻ.',
		description: `Giải pháp bố trí hai dàn ngưng (trong và ngoài buồng) cho phép điều chỉnh nhiệt độ sấy độc lập với năng suất tách ẩm.

- Nhiệt độ sấy 30–60 °C
- Tiết kiệm 60 % điện so với sấy điện trở
- Đã thương mại hóa hơn 70 hệ thống`,
		fields: ['food-processing', 'mechanical-engineering', 'energy'],
		keywords: ['giải pháp hữu ích', 'sấy bơm nhiệt', 'sấy lạnh', 'nông sản'],
		communeCode: 'NB012',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2020-00276',
		applicationDate: '2020-06-03',
		grantNumber: '2-0002571',
		grantDate: '2022-08-08',
		ipcClasses: ['F26B 21/08', 'F26B 23/00', 'F26B 9/06'],
		inventors: ['Trần Văn Bình', 'Lê Đức Trung', 'Phạm Thị Ngọc Lan'],
		owners: ['Công ty Cổ phần Cơ khí chính xác Đông A'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến buồng sấy sử dụng bơm nhiệt gồm dàn bay hơi tách ẩm đặt trong kênh gió hồi, dàn ngưng chính gia nhiệt không khí cấp vào buồng và dàn ngưng phụ đặt ngoài buồng có van ba ngả điều tiết lượng môi chất, nhờ đó duy trì nhiệt độ sấy ổn định trong khi vẫn tách ẩm tối đa.',
		claimsSummary:
			'Yêu cầu bảo hộ buồng sấy có hai dàn ngưng mắc song song qua van ba ngả điều khiển theo nhiệt độ buồng sấy.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'tu-dong-hoa-phu-ly',
		title: 'Thiết bị đọc thẻ RFID ghi nhận sản lượng công đoạn tại máy may công nghiệp',
		summary: 'Giải pháp hữu ích cho đầu đọc RFID gắn trên bàn máy may, dùng trong hệ thống cân bằng chuyền.',
		description: `Đầu đọc được thiết kế gọn, gắn dưới mặt bàn máy may, chống bụi vải và nhiễu từ động cơ servo.

- Pin dự phòng 8 giờ
- Màn hình hiển thị sản lượng cá nhân
- Đã lắp cho 120 chuyền may`,
		fields: ['textile-garment', 'electrical-electronics', 'automation'],
		keywords: ['giải pháp hữu ích', 'rfid', 'máy may', 'sản lượng công đoạn'],
		communeCode: 'NB013',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2021-00133',
		applicationDate: '2021-03-15',
		grantNumber: '2-0002766',
		grantDate: '2023-01-30',
		ipcClasses: ['G06K 7/10', 'G06Q 10/06'],
		inventors: ['Lương Văn Đạt', 'Nguyễn Thị Phương Thảo'],
		owners: ['Công ty TNHH Tự động hóa Phủ Lý'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến thiết bị đọc thẻ RFID tần số 13,56 MHz dùng tại máy may công nghiệp, gồm vỏ kim loại mỏng có khe anten, mạch đọc thẻ, màn hình hiển thị, mô-đun truyền không dây và pin dự phòng, được gá lắp dưới mặt bàn máy may bằng kẹp định vị, có bộ lọc nhiễu chống ảnh hưởng của động cơ máy may.',
		claimsSummary:
			'Yêu cầu bảo hộ cấu tạo vỏ có khe anten và kẹp định vị dưới mặt bàn máy may kết hợp mạch lọc nhiễu nguồn.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'tu-dong-hoa-phu-ly',
		title: 'Bộ điều khiển logic khả trình có mô-đun phát xung điều khiển nhiều trục servo',
		summary: 'Giải pháp hữu ích cho PLC sản xuất trong nước, đã li-xăng cho hai nhà chế tạo máy.',
		description: `Giải pháp bảo hộ kiến trúc phần cứng PLC có mô-đun phát xung độc lập, giúp điều khiển đồng thời 4 trục servo mà không làm chậm chu kỳ quét chương trình.

- Tần số phát xung đến 200 kHz mỗi trục
- Giá thành thấp hơn PLC nhập khẩu 40 %
- Đã li-xăng sản xuất theo thương hiệu của đối tác`,
		fields: ['automation', 'electrical-electronics'],
		keywords: ['giải pháp hữu ích', 'plc', 'điều khiển servo', 'tự động hóa'],
		communeCode: 'NB013',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2020-00391',
		applicationDate: '2020-08-11',
		grantNumber: '2-0002612',
		grantDate: '2022-10-05',
		ipcClasses: ['G05B 19/05', 'G05B 19/414'],
		inventors: ['Lương Văn Đạt', 'Hà Minh Quang', 'Trần Thị Hoa'],
		owners: ['Công ty TNHH Tự động hóa Phủ Lý'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến bộ điều khiển logic khả trình gồm khối xử lý trung tâm, các mô-đun vào ra số và tương tự, và mô-đun phát xung sử dụng mảng cổng lập trình được (FPGA) giao tiếp với khối xử lý qua bộ nhớ dùng chung, cho phép tạo đồng thời bốn chuỗi xung điều khiển động cơ servo với nội suy tuyến tính và cung tròn.',
		claimsSummary:
			'Yêu cầu bảo hộ kiến trúc có mô-đun phát xung FPGA giao tiếp với khối xử lý qua bộ nhớ dùng chung độc lập chu kỳ quét.',
		commercialisationStatus: 'LICENSED',
	},
	{
		organizationKey: 'moi-truong-chau-son',
		title: 'Thiết bị xử lý nước thải sinh hoạt hợp khối sử dụng giá thể vi sinh chuyển động',
		summary: 'Giải pháp hữu ích cho module xử lý nước thải MBBR bằng composite, doanh nghiệp đã lắp đặt 85 module.',
		description: `Thiết bị hợp khối bốn ngăn trong một vỏ composite, vận chuyển nguyên khối và lắp đặt nhanh.

- Ngăn hiếu khí chứa giá thể vi sinh chuyển động
- Ngăn lắng tấm nghiêng lamella
- Nước sau xử lý đạt QCVN 14:2008/BTNMT cột A`,
		fields: ['environment'],
		keywords: ['giải pháp hữu ích', 'xử lý nước thải', 'mbbr', 'thiết bị hợp khối'],
		communeCode: 'NB014',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2018-00255',
		applicationDate: '2018-07-09',
		grantNumber: '2-0001986',
		grantDate: '2020-04-17',
		ipcClasses: ['C02F 3/10', 'C02F 3/30', 'C02F 9/00'],
		inventors: ['Nguyễn Thành Công', 'Vũ Thị Hương Giang'],
		owners: ['Công ty Cổ phần Công nghệ Môi trường Châu Sơn'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến thiết bị xử lý nước thải dạng hợp khối có vỏ hình trụ nằm ngang bằng vật liệu composite, bên trong chia thành ngăn thiếu khí, ngăn hiếu khí chứa giá thể vi sinh chuyển động chiếm 40–50 % thể tích, ngăn lắng có các tấm nghiêng và ngăn khử trùng; bùn từ ngăn lắng được bơm tuần hoàn về ngăn thiếu khí bằng bơm khí nâng.',
		claimsSummary:
			'Yêu cầu bảo hộ bố trí bốn ngăn trong một vỏ composite với bơm khí nâng tuần hoàn bùn và nitrat không cần bơm điện riêng.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'moi-truong-chau-son',
		title: 'Lò đốt chất thải rắn sinh hoạt hai cấp có buồng sấy rác bằng khí nóng tuần hoàn',
		summary: 'Giải pháp hữu ích cho lò xử lý rác cấp xã không dùng nhiên liệu phụ khi vận hành ổn định.',
		description: `Giải pháp tận dụng khí nóng sau buồng thứ cấp để sấy rác ẩm trước khi đốt, giúp lò tự duy trì nhiệt độ.

- Buồng thứ cấp trên 1.050 °C, thời gian lưu khí trên 2 giây
- Khí thải đạt QCVN 61-MT:2016/BTNMT
- Đã vận hành tại 6 khu xử lý cấp xã`,
		fields: ['environment', 'mechanical-engineering'],
		keywords: ['giải pháp hữu ích', 'lò đốt rác', 'chất thải rắn', 'sấy rác'],
		communeCode: 'NB014',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2019-00178',
		applicationDate: '2019-04-25',
		grantNumber: '2-0002197',
		grantDate: '2021-05-24',
		ipcClasses: ['F23G 5/16', 'F23G 5/04', 'F23J 15/00'],
		inventors: ['Nguyễn Thành Công', 'Phan Văn Hải', 'Lê Minh Đức'],
		owners: ['Công ty Cổ phần Công nghệ Môi trường Châu Sơn'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến lò đốt chất thải rắn sinh hoạt gồm buồng sấy rác đặt phía trên buồng đốt sơ cấp, buồng đốt thứ cấp có vòi phun gió xoáy và đường ống hồi một phần khí nóng sau buồng thứ cấp về buồng sấy, cùng hệ thống xử lý khí thải gồm tháp giải nhiệt, tháp hấp phụ than hoạt tính và thiết bị lọc bụi túi.',
		claimsSummary:
			'Yêu cầu bảo hộ lò có đường hồi khí nóng từ sau buồng thứ cấp về buồng sấy rác có van điều tiết theo nhiệt độ.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'sinh-khoi-nho-quan',
		title: 'Lò hơi đốt nhiên liệu sinh khối dạng viên có ghi xích và cấp gió thứ cấp nhiều tầng',
		summary: 'Giải pháp hữu ích cho lò hơi đốt viên nén trấu, mùn cưa hiệu suất trên 82 %.',
		description: `Giải pháp bảo hộ cách bố trí gió thứ cấp nhiều tầng giúp đốt kiệt chất bốc của nhiên liệu sinh khối, giảm khói đen và CO.

- Công suất 2–10 tấn hơi/giờ
- Hiệu suất nhiệt trên 82 %
- 25 lò đang vận hành tại các nhà máy`,
		fields: ['energy', 'mechanical-engineering'],
		keywords: ['giải pháp hữu ích', 'lò hơi sinh khối', 'viên nén', 'ghi xích'],
		communeCode: 'NB019',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2019-00215',
		applicationDate: '2019-05-16',
		grantNumber: '2-0002254',
		grantDate: '2021-07-02',
		ipcClasses: ['F23G 7/10', 'F22B 31/04', 'F23L 9/02'],
		inventors: ['Đinh Công Thành', 'Phạm Văn Hưng'],
		owners: ['Công ty TNHH Năng lượng Sinh khối Nho Quan'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến lò hơi đốt nhiên liệu sinh khối dạng viên gồm ghi xích có biến tần điều chỉnh tốc độ, buồng đốt có ba tầng vòi phun gió thứ cấp bố trí tiếp tuyến tạo dòng xoáy, và cụm ống lửa - ống nước; tro bay được thu hồi qua cyclone chùm và lọc bụi túi.',
		claimsSummary:
			'Yêu cầu bảo hộ bố trí ba tầng gió thứ cấp tiếp tuyến trên buồng đốt ghi xích cho nhiên liệu sinh khối dạng viên.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Máy gặt đập liên hợp bánh xích cao su bản rộng dùng cho ruộng trũng',
		summary: 'Giải pháp hữu ích cho máy gặt đập cỡ nhỏ làm việc trên ruộng lầy, trường tìm đối tác sản xuất.',
		description: `Giải pháp bảo hộ cụm di chuyển bánh xích bản rộng và cụm đập dọc trục của máy gặt đập do Trường thiết kế.

- Áp suất nền dưới 18 kPa
- Tổn thất thu hoạch dưới 2 %
- Hai máy mẫu đã làm việc 2 vụ`,
		fields: ['mechanical-engineering', 'agriculture'],
		keywords: ['giải pháp hữu ích', 'máy gặt đập', 'ruộng trũng', 'cơ giới hóa'],
		communeCode: 'NB009',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2021-00342',
		applicationDate: '2021-09-06',
		grantNumber: '2-0002915',
		grantDate: '2023-08-21',
		ipcClasses: ['A01D 41/02', 'B62D 55/06'],
		inventors: ['Vũ Văn Thắng', 'Nguyễn Thế Hùng', 'Trần Quang Vinh'],
		owners: ['Trường Đại học Sư phạm Kỹ thuật Nam Định'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến máy gặt đập liên hợp cỡ nhỏ gồm bộ di chuyển bánh xích cao su bản rộng 450 mm có con lăn đỡ dạng bập bênh, bộ cắt bề rộng 1,4 m, trống đập dọc trục có răng đập dạng thanh và thùng chứa thóc xả bằng vít tải, cho phép máy làm việc trên ruộng ngập nước đến 15 cm.',
		claimsSummary:
			'Yêu cầu bảo hộ bộ di chuyển bánh xích với con lăn đỡ bập bênh kết hợp trống đập dọc trục trên khung máy cỡ nhỏ.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'dien-tu-dong-van',
		title: 'Bộ điều khiển đèn chiếu sáng công cộng giao tiếp LoRa có chức năng tự chẩn đoán hỏng',
		summary: 'Giải pháp hữu ích cho bộ điều khiển đèn đường thông minh, doanh nghiệp đã triển khai hơn 4.000 bộ.',
		description: `Bộ điều khiển gắn trong thân đèn, đo dòng, áp, công suất và nhiệt độ, tự phát hiện đèn hỏng hoặc suy giảm quang thông.

- Giao tiếp LoRaWAN, lập lịch dimming
- Cảnh báo hỏng về trung tâm trong 5 phút
- Tích hợp hệ thống chiếu sáng IoT đô thị`,
		fields: ['electrical-electronics', 'energy', 'it-digital'],
		keywords: ['giải pháp hữu ích', 'đèn đường thông minh', 'lora', 'iot'],
		communeCode: 'NB016',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2020-00187',
		applicationDate: '2020-04-08',
		grantNumber: '2-0002488',
		grantDate: '2022-05-30',
		ipcClasses: ['H05B 47/19', 'H05B 47/20'],
		inventors: ['Phạm Quốc Khánh', 'Hoàng Thị Thanh Tâm'],
		owners: ['Công ty TNHH Điện tử Đồng Văn'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến bộ điều khiển đèn chiếu sáng gồm mạch đo điện năng, cảm biến nhiệt độ bộ nguồn LED, vi điều khiển lưu các ngưỡng vận hành chuẩn và mô-đun LoRa; vi điều khiển so sánh các thông số đo với ngưỡng để phát hiện hỏng bộ nguồn, hỏng chuỗi LED hoặc quá nhiệt và gửi cảnh báo về trung tâm.',
		claimsSummary:
			'Yêu cầu bảo hộ bộ điều khiển có chức năng tự chẩn đoán dựa trên ngưỡng học từ 72 giờ vận hành đầu tiên của từng đèn.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'thiet-bi-y-te-an-khang',
		title: 'Thiết bị lọc và khử khuẩn không khí kết hợp màng HEPA và buồng chiếu tia cực tím kín',
		summary: 'Giải pháp hữu ích cho máy lọc khuẩn không khí dùng được khi có người trong phòng.',
		description: `Buồng UV-C được thiết kế kín với vách phản quang và đường gió zíc zắc, không để tia cực tím lọt ra ngoài.

- Lưu lượng 400 m³/h
- Diệt trên 99,9 % vi khuẩn trong không khí
- 1.500 máy đã cung cấp cho cơ sở y tế`,
		fields: ['health-pharma', 'electrical-electronics'],
		keywords: ['giải pháp hữu ích', 'lọc không khí', 'uv-c', 'khử khuẩn'],
		communeCode: 'NB011',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2020-00455',
		applicationDate: '2020-09-17',
		grantNumber: '2-0002634',
		grantDate: '2022-11-08',
		ipcClasses: ['A61L 9/20', 'F24F 8/22', 'B01D 46/00'],
		inventors: ['Bùi Văn Khoa', 'Ngô Thị Minh Thư'],
		owners: ['Công ty TNHH Thiết bị Y tế An Khang'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến thiết bị làm sạch không khí gồm quạt ly tâm, cụm lọc thô và màng HEPA cấp H13, buồng chiếu tia cực tím có vách nhôm phản quang và các tấm chắn tạo đường gió zíc zắc kéo dài thời gian chiếu, cùng cảm biến bụi điều chỉnh tốc độ quạt tự động.',
		claimsSummary:
			'Yêu cầu bảo hộ buồng chiếu tia cực tím kín có tấm chắn tạo đường gió zíc zắc đặt sau màng HEPA.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'vien-cay-trong',
		title: 'Ống quan trắc mực nước ruộng lúa có phao chỉ thị dùng cho tưới ướt khô xen kẽ',
		summary: 'Giải pháp hữu ích cho dụng cụ đơn giản giúp nông dân áp dụng tưới ướt khô xen kẽ, đã li-xăng cho doanh nghiệp nhựa.',
		description: `Ống nhựa đục lỗ có phao màu chỉ thị mực nước ngầm trong ruộng, giúp nông dân biết khi nào cần bơm nước.

- Chỉ thị trực quan ở ngưỡng 15 cm dưới mặt ruộng
- Giá thành dưới 30.000 đồng/ống
- Đã li-xăng không độc quyền cho một doanh nghiệp sản xuất`,
		fields: ['agriculture', 'environment'],
		keywords: ['giải pháp hữu ích', 'tưới ướt khô xen kẽ', 'quan trắc mực nước', 'lúa'],
		communeCode: 'NB023',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2022-00209',
		applicationDate: '2022-04-12',
		grantNumber: '2-0003057',
		grantDate: '2024-03-12',
		ipcClasses: ['A01G 25/16', 'A01G 22/22', 'G01F 23/30'],
		inventors: ['Vũ Thị Thu Hiền', 'Trần Văn Đông'],
		owners: ['Viện Nghiên cứu Cây trồng và Nông nghiệp công nghệ cao Đồng bằng sông Hồng'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến ống quan trắc mực nước ruộng lúa gồm ống nhựa dài 30 cm có các lỗ thấm ở phần cắm xuống đất, phao nổi gắn cần chỉ thị hai màu và nắp chụp có vạch chia; khi mực nước trong ống xuống dưới 15 cm so với mặt ruộng, phần màu đỏ của cần chỉ thị lộ ra báo hiệu cần tưới.',
		claimsSummary:
			'Yêu cầu bảo hộ ống quan trắc có phao với cần chỉ thị hai màu dẫn hướng qua nắp chụp có vạch chia.',
		commercialisationStatus: 'LICENSED',
	},
	{
		organizationKey: 'vien-thuy-san',
		title: 'Hệ thống nuôi tôm hai giai đoạn gồm bể ương trong nhà màng và ao nổi có hố xi-phông trung tâm',
		summary: 'Giải pháp hữu ích bảo hộ cấu hình công trình của quy trình nuôi tôm siêu thâm canh hai giai đoạn.',
		description: `Giải pháp bảo hộ cách bố trí bể ương, đường chuyển tôm bằng ống mềm và ao nổi có đáy dốc về hố xi-phông trung tâm.

- Chuyển tôm không cần vớt, giảm sốc
- Thu gom 90 % chất thải đáy qua hố xi-phông
- Đã li-xăng cho 3 doanh nghiệp nuôi tôm`,
		fields: ['aquaculture'],
		keywords: ['giải pháp hữu ích', 'nuôi tôm hai giai đoạn', 'nhà màng', 'ao nổi'],
		communeCode: 'NB025',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2021-00158',
		applicationDate: '2021-04-20',
		grantNumber: '2-0002843',
		grantDate: '2023-05-22',
		ipcClasses: ['A01K 61/59', 'A01K 63/04'],
		inventors: ['Đỗ Văn Khương', 'Phạm Thị Lan Hương', 'Nguyễn Công Thành'],
		owners: ['Viện Nghiên cứu Nuôi trồng thủy sản ven biển Bắc Bộ'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến hệ thống nuôi tôm gồm cụm bể ương tròn đặt trong nhà màng, đường ống mềm chuyển tôm bằng chênh lệch cột nước từ bể ương sang ao nuôi, và ao nổi lót bạt HDPE có đáy dốc 3–5 % về hố xi-phông trung tâm nối với ao lắng chất thải.',
		claimsSummary:
			'Yêu cầu bảo hộ tổ hợp bể ương - đường chuyển tôm tự chảy - ao nổi có hố xi-phông trung tâm.',
		commercialisationStatus: 'LICENSED',
	},
	{
		organizationKey: 'vien-thuy-san',
		title: 'Phương pháp ương ấu trùng ngao bằng hỗn hợp tảo Chaetoceros và Isochrysis',
		summary: 'Giải pháp hữu ích đã hết thời hạn bảo hộ; Viện tiếp tục cung cấp tư vấn áp dụng trong quy trình sản xuất giống ngao.',
		description: `Giải pháp hữu ích được cấp năm 2013, đã hết thời hạn bảo hộ 10 năm tính từ ngày nộp đơn.

- Tỷ lệ phối trộn tảo thay đổi theo giai đoạn ấu trùng
- Tăng tỷ lệ sống ấu trùng chữ D lên đỉnh vỏ
- Hiện có thể được sử dụng tự do`,
		fields: ['aquaculture', 'biotechnology'],
		keywords: ['giải pháp hữu ích hết hiệu lực', 'ngao', 'ấu trùng', 'vi tảo'],
		communeCode: 'NB025',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2011-00087',
		applicationDate: '2011-03-14',
		grantNumber: '2-0001025',
		grantDate: '2013-06-20',
		ipcClasses: ['A01K 61/54'],
		inventors: ['Nguyễn Thị Thu Hằng', 'Đào Văn Trí'],
		owners: ['Viện Nghiên cứu Nuôi trồng thủy sản ven biển Bắc Bộ'],
		legalStatus: 'LAPSED',
		abstract:
			'Giải pháp hữu ích đề cập đến phương pháp ương ấu trùng ngao Bến Tre trong đó thức ăn là hỗn hợp vi tảo Chaetoceros calcitrans và Isochrysis galbana với tỷ lệ 2:1 ở giai đoạn ấu trùng chữ D và 1:1 ở giai đoạn ấu trùng đỉnh vỏ, mật độ tảo 20.000–40.000 tế bào/ml, giúp tỷ lệ sống đến giai đoạn ngao bám đạt trên 30 %.',
		claimsSummary: 'Yêu cầu bảo hộ chế độ cho ăn theo tỷ lệ tảo thay đổi theo giai đoạn ấu trùng.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		title: 'Quy trình lên men nước mắm có bổ sung enzyme protease và gia nhiệt thùng chượp bằng năng lượng mặt trời',
		summary: 'Đơn đăng ký giải pháp hữu ích đang thẩm định về quy trình rút ngắn thời gian lên men nước mắm truyền thống.',
		description: `Đơn bảo hộ quy trình do Khoa Công nghệ thực phẩm phát triển cùng một cơ sở nước mắm ven biển.

- Thùng chượp composite có áo nước gia nhiệt bằng bộ thu năng lượng mặt trời
- Rút ngắn thời gian lên men còn 4–5 tháng
- Chất lượng đạt TCVN 5107:2018`,
		fields: ['food-processing', 'biotechnology', 'energy'],
		keywords: ['đơn giải pháp hữu ích', 'nước mắm', 'enzyme protease', 'năng lượng mặt trời'],
		communeCode: 'NB008',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2024-00311',
		applicationDate: '2024-07-22',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['A23L 17/65', 'A23L 17/20', 'F24S 10/00'],
		inventors: ['Lê Thị Hồng Vân', 'Phạm Văn Thuận', 'Nguyễn Thị Huyền'],
		owners: ['Trường Đại học Kinh tế - Kỹ thuật Công nghiệp'],
		legalStatus: 'PENDING',
		abstract:
			'Giải pháp hữu ích đề cập đến quy trình sản xuất nước mắm từ cá cơm gồm ướp cá với 25 % muối và 0,2 % enzyme protease thực phẩm, ủ chượp trong thùng composite có áo nước được gia nhiệt bằng bộ thu năng lượng mặt trời để duy trì 40–45 °C, đảo chượp định kỳ và rút nước mắm sau 4–5 tháng.',
		claimsSummary:
			'Yêu cầu bảo hộ quy trình kết hợp bổ sung enzyme và duy trì nhiệt độ chượp bằng áo nước gia nhiệt năng lượng mặt trời.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Tay máy SCARA bốn bậc tự do dùng hộp giảm tốc sóng hài tích hợp',
		summary: 'Đơn đăng ký giải pháp hữu ích về kết cấu tay máy SCARA giá thành thấp cho dây chuyền đóng gói.',
		description: `Đơn bảo hộ kết cấu khớp tích hợp động cơ servo và hộp giảm tốc sóng hài của tay máy SCARA do Trường chế tạo.

- Tầm với 600 mm, tải 3 kg
- Độ lặp lại ±0,05 mm
- Giá thành ước tính 45 % robot nhập khẩu`,
		fields: ['automation', 'mechanical-engineering'],
		keywords: ['đơn giải pháp hữu ích', 'robot scara', 'hộp giảm tốc sóng hài', 'tay máy'],
		communeCode: 'NB009',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2025-00098',
		applicationDate: '2025-02-19',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['B25J 9/04', 'B25J 9/10', 'B25J 17/02'],
		inventors: ['Trần Quang Vinh', 'Đặng Thị Thúy', 'Vũ Minh Tuấn'],
		owners: ['Trường Đại học Sư phạm Kỹ thuật Nam Định'],
		legalStatus: 'PENDING',
		abstract:
			'Giải pháp hữu ích đề cập đến tay máy kiểu SCARA gồm đế, cánh tay thứ nhất và cánh tay thứ hai quay quanh trục thẳng đứng, trục vít me - then hoa cho chuyển động tịnh tiến và quay của khâu cuối; các khớp quay sử dụng mô-đun tích hợp động cơ servo với hộp giảm tốc sóng hài và phanh điện từ, cáp tín hiệu đi trong lòng trục rỗng.',
		claimsSummary:
			'Yêu cầu bảo hộ mô-đun khớp tích hợp có trục rỗng cho cáp đi trong và kết cấu cánh tay bằng nhôm đúc có gân tăng cứng.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'dh-dieu-duong',
		title: 'Mô hình cánh tay người để huấn luyện tiêm truyền tĩnh mạch có cảm biến nhận biết vị trí kim',
		summary: 'Đơn đăng ký giải pháp hữu ích về mô hình mô phỏng có phản hồi tự động, đang đàm phán với doanh nghiệp thiết bị y tế.',
		description: `Đơn bảo hộ cấu tạo mô hình cánh tay mô phỏng của Trường.

- Mạch máu giả có lớp dẫn điện nhận biết kim vào lòng mạch
- Cảm biến quang phát hiện tiêm xuyên mạch
- Phần mềm chấm điểm theo bảng kiểm`,
		fields: ['health-pharma', 'electrical-electronics'],
		keywords: ['đơn giải pháp hữu ích', 'mô phỏng lâm sàng', 'tiêm tĩnh mạch', 'đào tạo điều dưỡng'],
		communeCode: 'NB008',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2024-00427',
		applicationDate: '2024-10-14',
		grantNumber: null,
		grantDate: null,
		ipcClasses: ['G09B 23/30', 'G09B 23/28'],
		inventors: ['Trần Thị Thanh Mai', 'Đỗ Văn Quý', 'Nguyễn Thị Hồng Nhung'],
		owners: ['Trường Đại học Điều dưỡng Nam Định'],
		legalStatus: 'PENDING',
		abstract:
			'Giải pháp hữu ích đề cập đến mô hình cánh tay người dùng trong đào tạo gồm lớp da silicon, ống mạch máu đàn hồi có lớp trong phủ vật liệu dẫn điện và chứa dịch màu, các cảm biến quang đặt dưới mạch máu và mạch điện tử xác định trạng thái kim đã vào lòng mạch, chưa vào hoặc xuyên mạch, truyền kết quả tới máy tính bảng.',
		claimsSummary:
			'Yêu cầu bảo hộ ống mạch máu có lớp dẫn điện phía trong kết hợp cảm biến quang phía dưới để phân biệt ba trạng thái vị trí kim.',
		commercialisationStatus: 'UNDER_NEGOTIATION',
	},
	{
		organizationKey: 'dong-tau-song-ninh',
		title: 'Xe hàn tự động chạy ray dùng cho hàn hồ quang chìm tôn vỏ tàu',
		summary: 'Giải pháp hữu ích cho xe hàn tự chế tạo, giúp hàn một phía tạo hình hai phía tôn vỏ tàu.',
		description: `Xe hàn chạy trên ray nhôm định hình, tự dò đường hàn bằng con lăn dẫn hướng, thay thế thiết bị nhập khẩu.

- Tốc độ hàn 20–80 cm/phút điều chỉnh vô cấp
- Cơ cấu cấp và thu hồi thuốc hàn tự động
- Đang dùng cho toàn bộ tổng đoạn đáy và boong tại nhà máy`,
		fields: ['shipbuilding', 'mechanical-engineering', 'automation'],
		keywords: ['giải pháp hữu ích', 'xe hàn tự động', 'hàn hồ quang chìm', 'đóng tàu'],
		communeCode: 'NB027',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2020-00512',
		applicationDate: '2020-10-26',
		grantNumber: '2-0002701',
		grantDate: '2022-12-19',
		ipcClasses: ['B23K 9/18', 'B23K 37/02'],
		inventors: ['Nguyễn Văn Toàn', 'Trần Đình Lực'],
		owners: ['Công ty TNHH Đóng tàu Sông Ninh'],
		legalStatus: 'GRANTED',
		abstract:
			'Giải pháp hữu ích đề cập đến xe hàn tự động dùng cho hàn hồ quang dưới lớp thuốc gồm khung xe chạy trên ray nhôm định hình, động cơ bước dẫn động qua bánh răng - thanh răng, con lăn dẫn hướng tì vào mép rãnh hàn, phễu cấp thuốc hàn và đầu hút thu hồi thuốc hàn chưa chảy phía sau mỏ hàn.',
		claimsSummary:
			'Yêu cầu bảo hộ xe hàn có con lăn dẫn hướng tì mép rãnh hàn liên kết với cơ cấu bù ngang mỏ hàn và đầu hút thu hồi thuốc hàn.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'dh-spkt-nam-dinh',
		title: 'Máy sạ lúa theo hàng kéo tay có trống chia hạt cải tiến',
		summary: 'Giải pháp hữu ích đã hết thời hạn bảo hộ, có thể sử dụng tự do; Trường cung cấp bản vẽ và hướng dẫn chế tạo.',
		description: `Giải pháp hữu ích được cấp năm 2012 và đã hết thời hạn bảo hộ năm 2020.

- Trống chia hạt có lỗ hình thang giảm dập hạt mộng
- Gieo 6 hàng, năng suất 1 ha/ngày
- Đã được nhiều xưởng cơ khí nông thôn chế tạo`,
		fields: ['mechanical-engineering', 'agriculture'],
		keywords: ['giải pháp hữu ích hết hiệu lực', 'máy sạ lúa', 'gieo hàng', 'cơ giới hóa'],
		communeCode: 'NB009',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2010-00154',
		applicationDate: '2010-04-02',
		grantNumber: '2-0000972',
		grantDate: '2012-09-17',
		ipcClasses: ['A01C 7/04', 'A01C 7/18'],
		inventors: ['Vũ Văn Thắng', 'Nguyễn Thế Hùng', 'Lê Văn Cẩn'],
		owners: ['Trường Đại học Sư phạm Kỹ thuật Nam Định'],
		legalStatus: 'LAPSED',
		abstract:
			'Giải pháp hữu ích đề cập đến máy sạ lúa theo hàng kéo tay gồm trục bánh xe lồng, các trống chứa hạt hình trụ có lỗ chia hạt dạng hình thang bố trí thành hai dãy lệch nhau và tấm gạt chống tắc lỗ, cho phép gieo đều hạt thóc đã ngâm ủ nảy mầm theo hàng cách nhau 20 cm.',
		claimsSummary: 'Yêu cầu bảo hộ trống chia hạt có lỗ hình thang bố trí hai dãy lệch nhau kết hợp tấm gạt chống tắc.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'coi-kim-son',
		title: 'Kiểu dáng túi xách đan cói họa tiết hoa sen',
		summary: 'Bằng độc quyền kiểu dáng công nghiệp cho mẫu túi xách cói bán chạy nhất của doanh nghiệp tại thị trường Nhật Bản.',
		description: `Kiểu dáng túi xách hình thang đáy bầu dục, thân đan cói hai màu tạo họa tiết hoa sen cách điệu, quai tre uốn cong.

- Bảo hộ tại Việt Nam, đồng thời là cơ sở cho đơn quốc tế
- Doanh nghiệp tự sản xuất và phân phối`,
		fields: ['materials'],
		keywords: ['kiểu dáng công nghiệp', 'túi cói', 'thủ công mỹ nghệ', 'làng nghề kim sơn'],
		communeCode: 'NB022',
		kind: 'INDUSTRIAL_DESIGN',
		applicationNumber: '3-2021-01152',
		applicationDate: '2021-07-12',
		grantNumber: '3-0031457',
		grantDate: '2022-06-20',
		ipcClasses: ['Locarno 03-01'],
		inventors: ['Phạm Thị Thu Hương'],
		owners: ['Công ty TNHH Thủ công mỹ nghệ Cói Kim Sơn'],
		legalStatus: 'GRANTED',
		abstract:
			'Kiểu dáng túi xách có thân hình thang cân, đáy hình bầu dục, mặt trước và mặt sau đan nổi họa tiết hoa sen cách điệu bằng hai màu cói tự nhiên và cói nhuộm nâu, miệng túi viền cói xoắn, quai xách bằng tre uốn cong hình bán nguyệt.',
		claimsSummary: 'Bảo hộ tổng thể hình dáng túi cùng họa tiết hoa sen đan nổi hai màu và quai tre bán nguyệt.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'coi-kim-son',
		title: 'Kiểu dáng thảm trải sàn dệt cói hai màu họa tiết sóng nước',
		summary: 'Kiểu dáng công nghiệp của dòng thảm cói xuất khẩu sang châu Âu, có thể li-xăng cho cơ sở làng nghề vệ tinh.',
		description: `Thảm hình chữ nhật dệt cói hai màu tạo họa tiết sóng nước liên tục, viền đan bím.

- Ba kích thước tiêu chuẩn 60 × 90 cm, 120 × 180 cm, 160 × 230 cm
- Doanh nghiệp cấp li-xăng kèm đặt hàng cho hộ sản xuất vệ tinh`,
		fields: ['materials'],
		keywords: ['kiểu dáng công nghiệp', 'thảm cói', 'thủ công mỹ nghệ', 'xuất khẩu'],
		communeCode: 'NB022',
		kind: 'INDUSTRIAL_DESIGN',
		applicationNumber: '3-2022-00874',
		applicationDate: '2022-05-05',
		grantNumber: '3-0034219',
		grantDate: '2023-04-10',
		ipcClasses: ['Locarno 06-11'],
		inventors: ['Phạm Thị Thu Hương', 'Trần Văn Khiêm'],
		owners: ['Công ty TNHH Thủ công mỹ nghệ Cói Kim Sơn'],
		legalStatus: 'GRANTED',
		abstract:
			'Kiểu dáng thảm trải sàn hình chữ nhật, mặt thảm dệt từ sợi cói màu tự nhiên xen sợi cói nhuộm xanh chàm tạo các dải sóng nước uốn lượn song song theo chiều dài, bốn cạnh viền đan bím rộng 3 cm.',
		claimsSummary: 'Bảo hộ bố cục dải sóng nước hai màu trên mặt thảm kết hợp viền đan bím.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'go-my-nghe-y-yen',
		title: 'Kiểu dáng bộ bàn ghế gỗ chạm hoa văn rồng thời Lý',
		summary: 'Kiểu dáng công nghiệp của bộ bàn ghế gỗ mỹ nghệ lấy cảm hứng từ hoa văn rồng thời Lý, sẵn sàng li-xăng cho xưởng sản xuất.',
		description: `Bộ bàn ghế gồm bàn chữ nhật, hai ghế bành và bốn ghế đôn, tay ghế và chân bàn chạm rồng thân uốn hình sin đặc trưng thời Lý.

- Thiết kế dùng được cho chạm tay và khắc CNC 3D
- Xưởng sẵn sàng li-xăng kèm file thiết kế CNC`,
		fields: ['materials'],
		keywords: ['kiểu dáng công nghiệp', 'đồ gỗ mỹ nghệ', 'hoa văn rồng thời lý', 'làng nghề'],
		communeCode: 'NB028',
		kind: 'INDUSTRIAL_DESIGN',
		applicationNumber: '3-2023-00561',
		applicationDate: '2023-03-27',
		grantNumber: '3-0037702',
		grantDate: '2024-05-13',
		ipcClasses: ['Locarno 06-01', 'Locarno 06-03'],
		inventors: ['Vũ Văn Tiến'],
		owners: ['Công ty TNHH Đồ gỗ mỹ nghệ Ý Yên'],
		legalStatus: 'GRANTED',
		abstract:
			'Kiểu dáng bộ bàn ghế gồm bàn mặt chữ nhật chân quỳ, hai ghế bành có tựa lưng hình lá đề và bốn ghế đôn tròn; tay ghế, diềm bàn và tựa lưng chạm nổi hình rồng thân dài uốn khúc hình sin, không sừng, miệng ngậm ngọc theo phong cách mỹ thuật thời Lý.',
		claimsSummary: 'Bảo hộ tổng thể bộ bàn ghế với tựa lưng hình lá đề và họa tiết rồng thân uốn hình sin trên tay ghế, diềm bàn.',
		commercialisationStatus: 'AVAILABLE',
	},
	{
		organizationKey: 'thiet-bi-y-te-an-khang',
		title: 'Kiểu dáng máy lọc khuẩn không khí di động dạng tháp',
		summary: 'Kiểu dáng công nghiệp của máy lọc khuẩn không khí UV-C, bảo hộ song song với giải pháp hữu ích về buồng chiếu.',
		description: `Thân máy dạng tháp trụ bo tròn, cửa hút gió dạng lưới tổ ong ở nửa dưới, cửa thổi nghiêng 15° ở đỉnh, bánh xe ẩn.

- Màu trắng sứ kết hợp vành đèn báo trạng thái xanh
- Doanh nghiệp tự sản xuất`,
		fields: ['health-pharma', 'electrical-electronics'],
		keywords: ['kiểu dáng công nghiệp', 'máy lọc không khí', 'thiết bị y tế', 'uv-c'],
		communeCode: 'NB011',
		kind: 'INDUSTRIAL_DESIGN',
		applicationNumber: '3-2020-01388',
		applicationDate: '2020-09-17',
		grantNumber: '3-0028915',
		grantDate: '2021-08-23',
		ipcClasses: ['Locarno 23-04'],
		inventors: ['Bùi Văn Khoa', 'Đinh Thị Ngọc Bích'],
		owners: ['Công ty TNHH Thiết bị Y tế An Khang'],
		legalStatus: 'GRANTED',
		abstract:
			'Kiểu dáng máy lọc không khí dạng tháp trụ có tiết diện hình chữ nhật bo tròn bốn góc, nửa dưới thân là lưới hút gió hình tổ ong, đỉnh máy có cửa thổi nghiêng và vành đèn trạng thái hình vòng cung, đế có bốn bánh xe ẩn.',
		claimsSummary: 'Bảo hộ tổng thể hình dáng tháp trụ bo góc với lưới tổ ong nửa dưới và cửa thổi nghiêng ở đỉnh.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'dien-tu-dong-van',
		title: 'Kiểu dáng đèn đường LED mô-đun tản nhiệt dạng cánh',
		summary: 'Kiểu dáng công nghiệp của bộ đèn đường LED thông minh do doanh nghiệp sản xuất.',
		description: `Thân đèn nhôm đúc với các cánh tản nhiệt song song liền khối, mặt dưới chia ba mô-đun LED, hộp điều khiển LoRa gắn phía sau.

- Dễ thay mô-đun LED và bộ điều khiển
- Doanh nghiệp tự sản xuất và có thể li-xăng theo khu vực`,
		fields: ['electrical-electronics', 'energy'],
		keywords: ['kiểu dáng công nghiệp', 'đèn đường led', 'chiếu sáng công cộng', 'tản nhiệt'],
		communeCode: 'NB016',
		kind: 'INDUSTRIAL_DESIGN',
		applicationNumber: '3-2021-00416',
		applicationDate: '2021-03-02',
		grantNumber: '3-0030288',
		grantDate: '2022-02-14',
		ipcClasses: ['Locarno 26-03'],
		inventors: ['Hoàng Thị Thanh Tâm', 'Lưu Văn Trọng'],
		owners: ['Công ty TNHH Điện tử Đồng Văn'],
		legalStatus: 'GRANTED',
		abstract:
			'Kiểu dáng đèn đường có thân dẹt hình thuôn dài, mặt trên là dãy cánh tản nhiệt song song chạy dọc thân, mặt dưới chia ba ô mô-đun LED hình chữ nhật có kính bảo vệ, phía sau có hộp điều khiển hình hộp vát cạnh và ống kẹp cần đèn.',
		claimsSummary: 'Bảo hộ tổng thể thân đèn với dãy cánh tản nhiệt dọc và ba ô mô-đun LED ở mặt dưới.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
	{
		organizationKey: 'thuc-pham-co-do',
		title: 'Kiểu dáng hộp đựng cơm cháy hình mái đình',
		summary: 'Kiểu dáng bao bì quà tặng đặc sản cơm cháy gợi hình mái đình cổ, dùng cho dòng sản phẩm OCOP của doanh nghiệp.',
		description: `Hộp giấy cứng hình lăng trụ, nắp hai mái cong vút ở bốn góc như mái đình, mặt bên in họa tiết núi đá vôi.

- Gấp phẳng khi vận chuyển, lắp ráp không cần keo
- Doanh nghiệp tự sử dụng cho dòng quà tặng du lịch`,
		fields: ['food-processing'],
		keywords: ['kiểu dáng công nghiệp', 'bao bì', 'cơm cháy', 'quà tặng du lịch'],
		communeCode: 'NB004',
		kind: 'INDUSTRIAL_DESIGN',
		applicationNumber: '3-2022-01925',
		applicationDate: '2022-10-18',
		grantNumber: '3-0035840',
		grantDate: '2023-09-25',
		ipcClasses: ['Locarno 09-03'],
		inventors: ['Nguyễn Thị Bích Ngọc'],
		owners: ['Công ty Cổ phần Chế biến thực phẩm Cố Đô'],
		legalStatus: 'GRANTED',
		abstract:
			'Kiểu dáng hộp đựng thực phẩm hình lăng trụ đáy chữ nhật, nắp gồm hai mặt mái dốc gặp nhau ở đường nóc, bốn góc mái cong vút lên trên, thân hộp có cửa sổ trong suốt hình vòm ở mặt trước.',
		claimsSummary: 'Bảo hộ tổng thể hình dáng hộp có nắp hai mái với bốn góc cong vút và cửa sổ vòm ở mặt trước.',
		commercialisationStatus: 'COMMERCIALISED_IN_HOUSE',
	},
]
