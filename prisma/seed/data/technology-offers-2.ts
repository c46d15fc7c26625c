// Technology offers (2/4): aquaculture, agriculture, food processing, environment.
import type { SeedTechnologyOffer } from '../types.ts'

export const technologyOffers2: SeedTechnologyOffer[] = [
	{
		organizationKey: 'vien-thuy-san',
		title: 'Quy trình ương giống cua biển trong bể xi măng đạt tỷ lệ sống trên 15 %',
		summary:
			'Ương ấu trùng cua biển từ Zoea 1 đến cua bột C1 trong bể xi măng có kiểm soát, tỷ lệ sống đạt 15–20 %, cao gấp 3 lần cách làm truyền thống.',
		description: `Cua mẹ được chọn từ đàn nuôi vỗ, cho ấp trứng trong bể riêng. Ấu trùng được cho ăn luân phiên luân trùng, Artemia làm giàu và thức ăn tổng hợp; nước được lọc tuần hoàn và xử lý bằng chế phẩm vi sinh thay cho kháng sinh.

- Mật độ ương Zoea 150–200 con/lít
- Thời gian từ Zoea 1 đến C1: 22–25 ngày
- Ương tiếp cua C1 lên cỡ 1,5–2 cm trong ao lót bạt 20 ngày

Quy trình phù hợp trại giống tôm chuyển đổi một phần công suất sang cua, giúp chủ động con giống cho vùng nuôi xen ghép tôm - cua.`,
		fields: ['aquaculture', 'biotechnology'],
		keywords: ['cua biển', 'sản xuất giống', 'ương ấu trùng', 'artemia'],
		communeCode: 'NB025',
		trl: 6,
		transferModes: ['CONSULTING_TRAINING', 'JOINT_RD'],
		priceVnd: 250_000_000,
		ipStatus: 'NONE',
		applications: 'Trại sản xuất giống tôm, cua vùng ven biển; hợp tác xã nuôi xen ghép.',
		buyerRequirements: 'Trại có bể xi măng 10–20 m³, hệ thống sục khí và nguồn nước biển 25–30‰.',
	},
	{
		organizationKey: 'vien-cay-trong',
		title: 'Giống lúa tám thơm đột biến thấp cây, chịu mặn 4‰ cho vùng ven biển',
		summary:
			'Giống lúa tám thơm cải tiến bằng đột biến phóng xạ, thấp cây, chống đổ, thời gian sinh trưởng 125 ngày, giữ được mùi thơm đặc trưng của lúa tám Hải Hậu.',
		description: `Giống được chọn lọc qua 8 thế hệ từ giống lúa tám xoan địa phương, chiều cao cây 105–110 cm (giống gốc 140 cm), chịu được độ mặn 4‰ ở giai đoạn đẻ nhánh.

**Đặc điểm chính**
- Năng suất 5,5–6 tấn/ha (giống gốc 3,5 tấn/ha)
- Hạt gạo thon dài, hàm lượng amylose 16 %, cơm dẻo, thơm
- Nhiễm nhẹ bạc lá, khô vằn; chỉ cấy được vụ mùa

Giống đã được công nhận lưu hành và trồng thử trên 120 ha tại Hải Hậu, Giao Thủy, Nghĩa Hưng.`,
		fields: ['agriculture', 'biotechnology'],
		keywords: ['giống lúa', 'lúa tám thơm', 'chịu mặn', 'gạo đặc sản'],
		communeCode: 'NB023',
		trl: 8,
		transferModes: ['EXCLUSIVE_LICENCE', 'ASSIGNMENT'],
		priceVnd: 2_000_000_000,
		ipStatus: 'OTHER',
		applications: 'Doanh nghiệp giống cây trồng, doanh nghiệp sản xuất và kinh doanh gạo đặc sản vùng ven biển.',
		buyerRequirements: 'Có năng lực sản xuất hạt giống nguyên chủng, xác nhận; cam kết duy trì độ thuần giống.',
	},
	{
		organizationKey: 'vien-cay-trong',
		title: 'Canh tác lúa giảm phát thải khí mê-tan bằng tưới ướt khô xen kẽ',
		summary:
			'Quy trình tưới ướt khô xen kẽ (AWD) kết hợp quản lý rơm rạ và phân bón, giảm 30–45 % phát thải khí mê-tan mà không giảm năng suất lúa.',
		description: `Ruộng đặt ống theo dõi mực nước (ống AWD), chỉ bơm nước khi mực nước ngầm xuống 15 cm dưới mặt ruộng; giữ nước liên tục trong giai đoạn trỗ bông.

- Giảm 25–30 % lượng nước tưới và chi phí bơm
- Giảm phát thải mê-tan 30–45 %, được đo kiểm bằng buồng khí tĩnh
- Tăng khả năng chống đổ, giảm sâu bệnh

Quy trình kèm bộ tài liệu đo đạc - báo cáo - thẩm định (MRV) phục vụ bán tín chỉ các-bon từ ruộng lúa, đã áp dụng trên 500 ha.`,
		fields: ['agriculture', 'environment'],
		keywords: ['tưới ướt khô xen kẽ', 'giảm phát thải', 'tín chỉ carbon', 'lúa gạo'],
		communeCode: 'NB023',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING'],
		priceVnd: 220_000_000,
		ipStatus: 'NONE',
		applications: 'Hợp tác xã, doanh nghiệp liên kết sản xuất lúa quy mô lớn; dự án tín chỉ các-bon nông nghiệp.',
		buyerRequirements: 'Cánh đồng chủ động tưới tiêu, diện tích liền vùng từ 20 ha.',
	},
	{
		organizationKey: 'phan-bon-ly-nhan',
		title: 'Chế phẩm vi sinh phân hủy nhanh rơm rạ ngay tại ruộng',
		summary:
			'Chế phẩm chứa nấm Trichoderma và xạ khuẩn phân giải cellulose, phân hủy rơm rạ tại ruộng sau 15–20 ngày, thay cho đốt rơm.',
		description: `Phun chế phẩm ngay sau thu hoạch lên rơm rạ đã rải đều, kết hợp cày vùi hoặc cho nước vào ngập 3–5 cm.

- Liều lượng 1 kg chế phẩm/1.000 m², pha 200 lít nước
- Giảm 70 % lượng rơm sau 20 ngày, bổ sung 1–1,5 tấn hữu cơ/ha
- Không gây ngộ độc hữu cơ cho lúa vụ sau

Sản phẩm đã bán trên 400 tấn/năm cho các hợp tác xã trong tỉnh, góp phần giảm khói bụi do đốt rơm rạ.`,
		fields: ['agriculture', 'biotechnology', 'environment'],
		keywords: ['phân hủy rơm rạ', 'trichoderma', 'chế phẩm sinh học', 'không đốt rơm'],
		communeCode: 'NB029',
		trl: 9,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 500_000_000,
		ipStatus: 'PATENTED',
		applications: 'Sản xuất lúa, ngô; xử lý phụ phẩm trồng trọt tại chỗ; sản xuất phân bón hữu cơ.',
		buyerRequirements: 'Doanh nghiệp có giấy phép sản xuất phân bón, dây chuyền lên men rắn và phòng kiểm nghiệm vi sinh.',
	},
	{
		organizationKey: 'dh-hoa-lu',
		title: 'Quy trình nhân giống in vitro hoa lan hồ điệp quy mô 200.000 cây/năm',
		summary:
			'Nhân giống lan hồ điệp từ mắt ngủ trên cuống hoa qua protocorm, cây con đồng đều, sạch virus, đạt 200.000 cây/năm cho một phòng nuôi cấy 60 m².',
		description: `Mẫu cấy là mắt ngủ trên cuống hoa của cây mẹ chọn lọc, tạo thể protocorm (PLB) trên môi trường MS cải tiến có bổ sung nước dừa và BA; tái sinh chồi và ra rễ trong 6 tháng.

- Hệ số nhân 4–5 lần/chu kỳ 45 ngày
- Tỷ lệ cây sống khi ra vườn ươm trên 90 %
- 6 dòng màu đã thương mại hóa

Quy trình đã chuyển giao cho 2 hợp tác xã hoa cây cảnh, giá thành cây giống giảm 35 % so với cây nhập khẩu.`,
		fields: ['biotechnology', 'agriculture'],
		keywords: ['nuôi cấy mô', 'lan hồ điệp', 'nhân giống in vitro', 'hoa cây cảnh'],
		communeCode: 'NB001',
		trl: 7,
		transferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 280_000_000,
		ipStatus: 'NONE',
		applications: 'Doanh nghiệp, hợp tác xã sản xuất hoa lan; trung tâm giống cây trồng.',
		buyerRequirements: 'Phòng nuôi cấy vô trùng có tủ cấy, nồi hấp, phòng sáng điều hòa; nhân viên kỹ thuật trình độ trung cấp trở lên.',
	},
	{
		organizationKey: 'ttud',
		title: 'Nhà màng thông minh điều khiển vi khí hậu bằng IoT cho rau quả an toàn',
		summary:
			'Nhà màng khung thép mạ kẽm tích hợp bộ điều khiển IoT tự động tưới nhỏ giọt, phun sương, bật quạt và lưới cắt nắng theo cảm biến.',
		description: `Bộ điều khiển trung tâm đọc các cảm biến nhiệt độ, độ ẩm không khí, độ ẩm giá thể, EC, pH dung dịch và ánh sáng; điều khiển theo kịch bản cho từng loại cây và cho phép giám sát qua điện thoại.

**Thông số mô hình chuẩn 1.000 m²**
- Tưới - bón phân tự động 8 vùng, tiết kiệm 40 % nước, 25 % phân bón
- Năng suất dưa lưới 3,5–4 tấn/vụ, cà chua 12–15 tấn/vụ
- Vận hành bởi 1 lao động

Đã xây dựng 15 mô hình tại các xã trong tỉnh; dữ liệu canh tác kết nối với hệ thống truy xuất nguồn gốc.`,
		fields: ['agriculture', 'automation', 'it-digital'],
		keywords: ['nhà màng', 'iot', 'nông nghiệp công nghệ cao', 'tưới nhỏ giọt'],
		communeCode: 'NB008',
		trl: 8,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 650_000_000,
		ipStatus: 'NONE',
		applications: 'Trồng dưa lưới, cà chua, rau ăn lá, hoa trong nhà màng; giá tham khảo cho 1.000 m².',
		buyerRequirements: 'Mặt bằng bằng phẳng, nguồn nước sạch và điện 1 pha; người vận hành được tập huấn 5 ngày.',
	},
	{
		organizationKey: 'ttud',
		title: 'Quy trình nuôi trồng nấm đông trùng hạ thảo trên giá thể nhộng tằm',
		summary:
			'Nuôi trồng Cordyceps militaris trên giá thể gạo lứt bổ sung nhộng tằm, hàm lượng cordycepin đạt 2–3 mg/g quả thể khô.',
		description: `Giống gốc được lưu giữ và phục tráng định kỳ tại trung tâm. Quy trình gồm nhân giống lỏng, cấy vào hộp giá thể, ủ tối 10 ngày và chiếu sáng LED theo chu kỳ để kích thích ra quả thể.

- Năng suất 180–220 g quả thể tươi/hộp 1 lít giá thể
- Chu kỳ nuôi 55–60 ngày, phòng nuôi điều hòa 18–22 °C
- Sản phẩm kiểm nghiệm cordycepin, adenosine bằng HPLC

Đã chuyển giao cho 7 cơ sở trong tỉnh; sản phẩm nấm sấy và trà đông trùng đạt OCOP 4 sao.`,
		fields: ['biotechnology', 'health-pharma', 'agriculture'],
		keywords: ['đông trùng hạ thảo', 'cordyceps militaris', 'nấm dược liệu', 'cordycepin'],
		communeCode: 'NB008',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 180_000_000,
		ipStatus: 'PATENTED',
		applications: 'Hộ kinh doanh, hợp tác xã, doanh nghiệp sản xuất nấm dược liệu và thực phẩm bảo vệ sức khỏe.',
		buyerRequirements: 'Phòng nuôi cách nhiệt 30 m² trở lên, nồi hấp tiệt trùng và tủ cấy vô trùng.',
	},
	{
		organizationKey: 'phan-bon-ly-nhan',
		title: 'Phân bón hữu cơ vi sinh từ chất thải chăn nuôi và bã nấm',
		summary:
			'Ủ hiếu khí phân lợn, phân gà và bã nấm với chế phẩm vi sinh đa chủng, tạo phân bón hữu cơ vi sinh đạt QCVN 01-189:2019/BNNPTNT sau 30 ngày.',
		description: `Nguyên liệu được phối trộn theo tỷ lệ C/N 25–30, độ ẩm 55–60 %, ủ luống có đảo trộn bằng máy; bổ sung vi sinh vật cố định đạm, phân giải lân ở giai đoạn hoàn thiện.

- Hữu cơ trên 22 %, mật độ vi sinh vật có ích trên 10⁶ CFU/g
- Tiêu diệt hoàn toàn E. coli, Salmonella nhờ nhiệt độ ủ 60–65 °C
- Giá thành 2.800–3.200 đồng/kg

Nhà máy của doanh nghiệp đang vận hành công suất 15.000 tấn/năm, tiêu thụ chất thải của hơn 40 trang trại chăn nuôi.`,
		fields: ['agriculture', 'environment', 'biotechnology'],
		keywords: ['phân hữu cơ vi sinh', 'chất thải chăn nuôi', 'bã nấm', 'ủ hiếu khí'],
		communeCode: 'NB029',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 1_200_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Trang trại chăn nuôi tập trung, hợp tác xã, doanh nghiệp phân bón quy mô 3.000–20.000 tấn/năm.',
		buyerRequirements: 'Nhà ủ có mái che, nền chống thấm 1.000 m² trở lên; giấy phép sản xuất phân bón.',
	},
	{
		organizationKey: 'vien-cay-trong',
		title: 'Bản đồ số sâu bệnh lúa từ ảnh vệ tinh và trí tuệ nhân tạo',
		summary:
			'Mô hình AI phân tích ảnh vệ tinh Sentinel-2 và ảnh flycam để phát hiện sớm vùng lúa nhiễm rầy nâu, đạo ôn, khoanh vùng phun thuốc chính xác.',
		description: `Hệ thống kết hợp chỉ số thực vật (NDVI, NDRE) theo thời gian với mô hình học sâu được huấn luyện từ dữ liệu điều tra đồng ruộng của ngành bảo vệ thực vật 3 năm.

- Độ phân giải 10 m (vệ tinh) và 5 cm (flycam)
- Độ chính xác phát hiện ổ dịch đạo ôn khoảng 82 % trong thử nghiệm
- Cảnh báo qua ứng dụng cho cán bộ khuyến nông cấp xã

Kết quả đang ở giai đoạn thử nghiệm trong môi trường liên quan trên 2.000 ha; cần đối tác để hoàn thiện và thương mại hóa dịch vụ.`,
		fields: ['agriculture', 'it-digital'],
		keywords: ['trí tuệ nhân tạo', 'viễn thám', 'sâu bệnh lúa', 'nông nghiệp chính xác', 'ai'],
		communeCode: 'NB023',
		trl: 5,
		transferModes: ['JOINT_RD', 'CAPITAL_CONTRIBUTION'],
		priceVnd: null,
		ipStatus: 'COPYRIGHT',
		applications: 'Cơ quan bảo vệ thực vật, doanh nghiệp dịch vụ phun thuốc bằng thiết bị bay, hợp tác xã lớn.',
		buyerRequirements: 'Đối tác công nghệ có năng lực phát triển phần mềm và hạ tầng máy chủ; tham gia thu thập dữ liệu mặt đất.',
	},
	{
		organizationKey: 'ttud',
		title: 'Cây giống chuối tiêu hồng nuôi cấy mô sạch bệnh và quy trình thâm canh',
		summary:
			'Sản xuất cây chuối tiêu hồng giống bằng nuôi cấy mô, sạch bệnh héo vàng Panama và virus, kèm quy trình thâm canh đạt 45–50 tấn/ha.',
		description: `Vật liệu khởi đầu là chồi của cây mẹ đầu dòng đã được tuyển chọn tại vùng chuối bãi sông Hồng. Cây cấy mô được huấn luyện trong vườn ươm 60 ngày trước khi xuất vườn.

- Cây giống cao 20–25 cm, 5–6 lá thật, đồng đều
- Thu hoạch đồng loạt sau 11–12 tháng, buồng 25–30 kg
- Quy trình bón phân cân đối, quản lý sâu đục thân, bao buồng

Trung tâm cung ứng 300.000 cây giống/năm và đã hỗ trợ hình thành vùng chuối xuất khẩu 250 ha.`,
		fields: ['agriculture', 'biotechnology'],
		keywords: ['chuối tiêu hồng', 'nuôi cấy mô', 'cây giống sạch bệnh', 'thâm canh'],
		communeCode: 'NB029',
		trl: 9,
		transferModes: ['CONSULTING_TRAINING', 'NON_EXCLUSIVE_LICENCE'],
		priceVnd: 200_000_000,
		ipStatus: 'NONE',
		applications: 'Hợp tác xã, doanh nghiệp trồng chuối hàng hóa vùng bãi ven sông.',
		buyerRequirements: 'Vườn ươm có lưới che 500 m²; vùng trồng tập trung từ 5 ha.',
	},
	{
		organizationKey: 'dh-hoa-lu',
		title: 'Quy trình chăn nuôi dê núi bán chăn thả an toàn sinh học',
		summary:
			'Chăn nuôi dê núi theo hướng bán chăn thả trên đồi đá vôi kết hợp chuồng sàn, trồng cỏ và phối trộn thức ăn bổ sung, giảm 50 % dê chết non.',
		description: `Quy trình bao gồm thiết kế chuồng sàn cách mặt đất 0,8 m, trồng cỏ VA06 và keo dậu làm thức ăn xanh, phối trộn thức ăn tinh từ phụ phẩm ngô, cám gạo; lịch tiêm phòng và tẩy ký sinh trùng.

- Tăng trọng 70–80 g/con/ngày, xuất chuồng 10–12 tháng tuổi
- Tỷ lệ dê con sống đến cai sữa trên 90 %
- Phân dê được ủ làm phân bón hữu cơ cho vùng trồng cỏ

Mô hình góp phần giữ thương hiệu thịt dê núi đặc sản gắn với du lịch của tỉnh.`,
		fields: ['agriculture'],
		keywords: ['dê núi', 'chăn nuôi', 'an toàn sinh học', 'bán chăn thả'],
		communeCode: 'NB005',
		trl: 7,
		transferModes: ['CONSULTING_TRAINING'],
		priceVnd: 150_000_000,
		ipStatus: 'NONE',
		applications: 'Hộ chăn nuôi, trang trại, hợp tác xã vùng đồi núi đá vôi Nho Quan, Tam Điệp, Kim Bảng.',
		buyerRequirements: 'Quỹ đất trồng cỏ tối thiểu 1 ha cho 50 con dê.',
	},
	{
		organizationKey: 'co-khi-dong-a',
		title: 'Dây chuyền sấy lạnh nông sản bằng bơm nhiệt 500 kg/mẻ',
		summary:
			'Buồng sấy lạnh dùng bơm nhiệt tách ẩm, sấy ở 35–45 °C giữ màu, mùi và vitamin của nông sản, tiêu thụ điện thấp hơn sấy điện trở 60 %.',
		description: `Hệ thống gồm buồng sấy cách nhiệt PU, 2 tổ máy bơm nhiệt dùng môi chất R410A, dàn bay hơi tách ẩm và dàn ngưng gia nhiệt lại không khí; điều khiển PLC màn hình cảm ứng, lưu 20 công thức sấy.

**Thông số**
- Năng suất 500 kg nguyên liệu tươi/mẻ, 24 khay inox
- Nhiệt độ sấy 30–60 °C, độ ẩm không khí ra dưới 20 %
- Điện năng 0,9–1,2 kWh/kg nước bay hơi

Đã cung cấp hơn 70 hệ thống sấy cho cơ sở chế biến hoa quả, dược liệu, hải sản; sản phẩm sấy giữ màu tự nhiên, đạt tiêu chuẩn xuất khẩu.`,
		fields: ['food-processing', 'mechanical-engineering', 'energy'],
		keywords: ['sấy lạnh', 'bơm nhiệt', 'sấy nông sản', 'tiết kiệm năng lượng'],
		communeCode: 'NB012',
		trl: 9,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'CONSULTING_TRAINING'],
		priceVnd: 780_000_000,
		ipStatus: 'PATENTED',
		applications: 'Sấy hoa quả, rau củ, dược liệu, tôm cá, nấm; hợp tác xã làm sản phẩm OCOP.',
		buyerRequirements: 'Nguồn điện 3 pha 30 kW, mặt bằng 40 m²; công nhân vận hành được đào tạo 3 ngày.',
	},
	{
		organizationKey: 'thuc-pham-co-do',
		title: 'Công nghệ sản xuất cơm cháy chà bông chiên chân không ít dầu',
		summary:
			'Chiên cơm cháy trong thiết bị chân không ở 95–105 °C, giảm 40 % hàm lượng dầu, giữ độ giòn và kéo dài hạn sử dụng lên 9 tháng.',
		description: `Cơm được nấu từ gạo tẻ địa phương, cán mỏng định hình, sấy sơ bộ rồi chiên trong nồi chân không có ly tâm tách dầu. Chà bông và nước sốt được phối trộn theo công thức đặc sản Ninh Bình.

- Hàm lượng chất béo 14–16 % (chiên thường 25–28 %)
- Chỉ số peroxide thấp, không dùng chất bảo quản
- Năng suất dây chuyền 300 kg thành phẩm/ca

Sản phẩm đạt OCOP 4 sao, đang phân phối tại 1.200 điểm bán và xuất khẩu tiểu ngạch sang Hàn Quốc.`,
		fields: ['food-processing'],
		keywords: ['cơm cháy', 'chiên chân không', 'đặc sản ninh bình', 'ocop'],
		communeCode: 'NB004',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 1_100_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Cơ sở sản xuất đặc sản, đồ ăn vặt từ gạo; mở rộng sang snack rau củ chiên chân không.',
		buyerRequirements: 'Nhà xưởng đạt điều kiện an toàn thực phẩm; không hoạt động cạnh tranh trực tiếp trên địa bàn tỉnh.',
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		title: 'Quy trình lên men nhanh nước mắm cá cơm bằng enzyme protease',
		summary:
			'Bổ sung enzyme protease và kiểm soát nhiệt độ chượp, rút ngắn thời gian lên men nước mắm truyền thống từ 12 tháng xuống 4–5 tháng.',
		description: `Cá cơm tươi được ướp muối 25 %, bổ sung enzyme protease thực phẩm 0,2 % và ủ ở 40–45 °C trong thùng composite có lớp cách nhiệt và gia nhiệt bằng năng lượng mặt trời.

- Độ đạm toàn phần 25–30 g/l sau 4 tháng
- Hàm lượng histamin dưới 200 mg/l, đạt TCVN 5107:2018
- Hương vị được hội đồng cảm quan đánh giá tương đương mắm chượp 12 tháng

Quy trình giúp cơ sở nước mắm truyền thống ven biển quay vòng vốn nhanh và giảm diện tích nhà thùng.`,
		fields: ['food-processing', 'biotechnology', 'aquaculture'],
		keywords: ['nước mắm', 'lên men nhanh', 'enzyme protease', 'chế biến thủy sản'],
		communeCode: 'NB024',
		trl: 7,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 320_000_000,
		ipStatus: 'PATENT_PENDING',
		applications: 'Làng nghề, doanh nghiệp sản xuất nước mắm truyền thống vùng biển Hải Hậu, Giao Thủy.',
		buyerRequirements: 'Có nhà thùng chượp và giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.',
	},
	{
		organizationKey: 'nong-san-hai-hau',
		title: 'Bảo quản gạo tám thơm bằng bao bì khí điều biến giữ mùi thơm 12 tháng',
		summary:
			'Đóng gói gạo trong túi nhiều lớp nạp khí N2/CO2, giữ mùi thơm 2-acetyl-1-pyrroline và chống mọt trong 12 tháng không dùng hóa chất.',
		description: `Gạo sau xay xát được làm nguội, đánh bóng và đóng túi PET/PA/PE 1–5 kg trên máy đóng gói nạp khí tự động; tỷ lệ khí N2 70 %, CO2 30 %, oxy dư dưới 1 %.

- Hàm lượng chất thơm 2-AP giảm dưới 20 % sau 12 tháng (bao thường giảm 60 % sau 6 tháng)
- Không phát sinh mọt, nấm mốc; không dùng thuốc xông
- Năng suất dây chuyền 1,5 tấn/giờ

Giải pháp giúp doanh nghiệp bán gạo đặc sản quanh năm và đáp ứng yêu cầu kênh siêu thị, xuất khẩu.`,
		fields: ['food-processing', 'agriculture'],
		keywords: ['bảo quản gạo', 'bao bì khí điều biến', 'gạo tám', 'chống mọt'],
		communeCode: 'NB023',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 950_000_000,
		ipStatus: 'NONE',
		applications: 'Doanh nghiệp, hợp tác xã kinh doanh gạo đặc sản, gạo hữu cơ; kho dự trữ.',
		buyerRequirements: 'Khu đóng gói sạch, kiểm soát độ ẩm; nguồn gạo có độ ẩm dưới 14 %.',
	},
	{
		organizationKey: 'dh-kinh-te-ky-thuat',
		title: 'Bột dinh dưỡng từ gạo lứt nảy mầm giàu GABA',
		summary:
			'Ngâm ủ gạo lứt nảy mầm có kiểm soát để tăng hàm lượng GABA lên 15–20 lần, sấy và nghiền thành bột dinh dưỡng ăn liền.',
		description: `Gạo lứt được ngâm nước ấm có sục khí 6 giờ, ủ nảy mầm ở 35 °C trong 24 giờ, sấy bơm nhiệt và rang phồng trước khi nghiền mịn, phối trộn với đậu, mè.

- GABA đạt 15–20 mg/100 g (gạo lứt thường dưới 1 mg/100 g)
- Độ ẩm thành phẩm dưới 5 %, hạn dùng 12 tháng
- Phù hợp người cao tuổi, người ăn kiêng, bệnh nhân tiểu đường

Sản phẩm đã thử nghiệm quy mô 200 kg/mẻ tại xưởng thực hành của trường.`,
		fields: ['food-processing', 'health-pharma', 'agriculture'],
		keywords: ['gạo lứt nảy mầm', 'gaba', 'bột dinh dưỡng', 'thực phẩm chức năng'],
		communeCode: 'NB008',
		trl: 7,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 200_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Doanh nghiệp chế biến gạo, sản xuất ngũ cốc dinh dưỡng, sản phẩm OCOP từ lúa gạo.',
		buyerRequirements: 'Có thiết bị sấy, nghiền và đóng gói; nguồn gạo lứt ổn định.',
	},
	{
		organizationKey: 'thuc-pham-co-do',
		title: 'Quy trình chế biến dứa sấy dẻo không đường',
		summary:
			'Sấy dẻo dứa Queen vùng đồi Tam Điệp bằng thẩm thấu nước ép dứa cô đặc thay cho đường, sản phẩm tự nhiên, giữ vị chua ngọt.',
		description: `Dứa được gọt, cắt lát 8 mm, ngâm thẩm thấu trong nước dứa cô đặc 50 °Bx, sau đó sấy bơm nhiệt ở 50 °C đến độ ẩm 18–20 %.

- Không bổ sung đường tinh luyện và chất bảo quản
- Tỷ lệ thành phẩm 12–14 % so với quả tươi
- Hạn sử dụng 10 tháng trong túi zip có gói hút ẩm

Sản phẩm giúp tiêu thụ dứa chính vụ với giá trị gia tăng gấp 4 lần bán quả tươi.`,
		fields: ['food-processing', 'agriculture'],
		keywords: ['dứa sấy dẻo', 'không đường', 'sấy bơm nhiệt', 'trái cây sấy'],
		communeCode: 'NB005',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING'],
		priceVnd: 180_000_000,
		ipStatus: 'TRADE_SECRET',
		applications: 'Hợp tác xã, cơ sở chế biến trái cây vùng trồng dứa, xoài, mít.',
		buyerRequirements: 'Máy sấy bơm nhiệt hoặc sấy lạnh; khu sơ chế đạt điều kiện an toàn thực phẩm.',
	},
	{
		organizationKey: 'cong-nghe-so-hoa-lu',
		title: 'Hệ thống truy xuất nguồn gốc nông sản bằng mã QR và blockchain',
		summary:
			'Nền tảng ghi nhật ký sản xuất, cấp tem QR và lưu vết dữ liệu trên blockchain, giúp người tiêu dùng kiểm tra nguồn gốc từ ruộng đến bàn ăn.',
		description: `Nông dân ghi nhật ký canh tác trên ứng dụng di động; doanh nghiệp quản lý lô hàng, in tem QR; mỗi sự kiện được băm và ghi lên blockchain để chống sửa đổi.

- Kết nối cổng truy xuất nguồn gốc quốc gia theo chuẩn GS1
- Hỗ trợ OCOP, VietGAP, hữu cơ; báo cáo tự động cho cơ quan quản lý
- Giao diện tiếng Việt, tiếng Anh, tiếng Hàn

Đã triển khai cho 60 doanh nghiệp, hợp tác xã với hơn 3 triệu tem; là một cấu phần chuyển đổi số nông nghiệp của tỉnh.`,
		fields: ['it-digital', 'agriculture', 'food-processing'],
		keywords: ['truy xuất nguồn gốc', 'blockchain', 'mã qr', 'chuyển đổi số nông nghiệp'],
		communeCode: 'NB001',
		trl: 9,
		transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'],
		priceVnd: 60_000_000,
		ipStatus: 'COPYRIGHT',
		applications: 'Doanh nghiệp, hợp tác xã nông sản, thủy sản, sản phẩm OCOP; giá tham khảo thuê bao 3 năm.',
		buyerRequirements: 'Có mã số vùng trồng hoặc mã số cơ sở; cán bộ cập nhật nhật ký sản xuất.',
	},
	{
		organizationKey: 'vien-moi-truong',
		title: 'Công nghệ xử lý nước thải dệt nhuộm bằng keo tụ điện hóa kết hợp ozone',
		summary:
			'Cụm keo tụ điện hóa điện cực sắt và tháp ozone xúc tác xử lý màu, COD khó phân hủy của nước thải dệt nhuộm, đạt QCVN 13-MT:2015/BTNMT cột A.',
		description: `Nước thải sau điều hòa đi qua bể keo tụ điện hóa (mật độ dòng 15–25 A/m²) để loại màu và chất lơ lửng, sau đó xử lý sinh học hiếu khí và oxy hóa bậc cao bằng ozone có xúc tác MnO2.

**Hiệu quả tại trạm pilot 50 m³/ngày**
- Độ màu giảm từ 1.500 Pt-Co xuống dưới 50 Pt-Co
- COD giảm từ 900 mg/l xuống dưới 75 mg/l
- Chi phí vận hành 9.000–12.000 đồng/m³, giảm 60 % hóa chất keo tụ

Giải pháp xử lý nước thải này có thể lắp bổ sung vào trạm hiện hữu để nâng cấp chất lượng xả thải.`,
		fields: ['environment', 'textile-garment'],
		keywords: ['xử lý nước thải', 'dệt nhuộm', 'keo tụ điện hóa', 'ozone'],
		communeCode: 'NB003',
		trl: 7,
		transferModes: ['EQUIPMENT_WITH_TECHNOLOGY', 'EXCLUSIVE_LICENCE'],
		priceVnd: 3_500_000_000,
		ipStatus: 'PATENTED',
		applications: 'Nhà máy dệt nhuộm, cụm công nghiệp dệt may, làng nghề ươm tơ, dệt lụa.',
		buyerRequirements: 'Mặt bằng 200 m² cho công suất 500 m³/ngày; nguồn điện 3 pha 150 kVA.',
	},
	{
		organizationKey: 'vien-moi-truong',
		title: 'Bãi lọc trồng cây xử lý nước thải làng nghề quy mô nhỏ',
		summary:
			'Bãi lọc ngầm dòng chảy đứng trồng sậy, cỏ vetiver xử lý nước thải làng nghề chế biến nông sản, chi phí vận hành gần như bằng không.',
		description: `Hệ thống gồm bể lắng kỵ khí, bãi lọc dòng chảy đứng nhiều lớp vật liệu (sỏi, cát, xỉ than) trồng sậy và bãi lọc dòng ngang hoàn thiện. Không dùng hóa chất, chỉ cần bơm định lượng theo mẻ.

- Công suất 20–200 m³/ngày, diện tích 2–3 m²/m³
- Hiệu suất khử BOD5 85–90 %, tổng nitơ 60–70 %, tổng phốt pho 70 %
- Chi phí vận hành 1.500 đồng/m³

Công trình xử lý nước thải đã xây dựng tại 3 làng nghề làm bún, miến và chế biến tinh bột, được cộng đồng tự vận hành.`,
		fields: ['environment'],
		keywords: ['xử lý nước thải', 'làng nghề', 'bãi lọc trồng cây', 'wetland'],
		communeCode: 'NB003',
		trl: 8,
		transferModes: ['CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY'],
		priceVnd: 1_800_000_000,
		ipStatus: 'NONE',
		applications: 'Làng nghề chế biến nông sản, cụm dân cư nông thôn, trang trại; giá tham khảo công suất 100 m³/ngày.',
		buyerRequirements: 'Quỹ đất phù hợp gần nguồn thải; chính quyền xã hoặc tổ hợp tác nhận quản lý vận hành.',
	},
]
